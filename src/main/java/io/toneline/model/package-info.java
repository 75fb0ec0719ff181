/**
 * The tone model: loading through DJL's PyTorch engine with a precision chosen from the CPU, tokenisation and windows, tensor shapes ({@link io.toneline.model.ToneTranslator}), the shared batcher and the service that loads and warms the model.
 */
package io.toneline.model;
