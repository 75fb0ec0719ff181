/** From texts and target spans to model windows: tokens, span mapping, window planning. */
package io.toneline.model.windows;
