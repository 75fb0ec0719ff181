/** The CPU's instruction-set features and the number format the model computes in. */
package io.toneline.model.cpu;
