/**
 * The evaluation command: scores labelled files (NewsMTSC sentiment or relations) with the service's own inference code.
 */
package io.toneline.evaluation;
