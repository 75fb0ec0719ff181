/**
 * The model pipeline's Java side: fine-tuning through DJL, and the candidate list for relations annotation.
 */
package io.toneline.training;
