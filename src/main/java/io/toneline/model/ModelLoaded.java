package io.toneline.model;

/**
 * Fired (as a CDI event) once the model is loaded and warmed up, so that observers such as metrics
 * can attach to it without the model depending on them.
 *
 * @param model the loaded model
 * @param batcher the batcher in front of it
 * @param seconds how long loading and warming took
 */
public record ModelLoaded(ToneModel model, ToneBatcher batcher, double seconds) {}
