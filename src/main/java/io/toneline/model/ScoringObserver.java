package io.toneline.model;

/**
 * Told about each stage of scoring, for metrics. Called on the batcher's thread: implementations
 * must be quick and thread-safe. Every method does nothing by default.
 */
public interface ScoringObserver {

    /** An observer that ignores everything. */
    ScoringObserver NONE = new ScoringObserver() {};

    /**
     * @param nanos how long a text waited in the batcher's queue before its batch started
     */
    default void waited(long nanos) {}

    /**
     * @param nanos how long tokenising and windowing the texts of one batch took
     */
    default void tokenized(long nanos) {}

    /**
     * @param nanos how long one forward pass took
     * @param windows windows in the pass
     * @param tokens real tokens in the pass
     * @param paddedTokens tokens including padding (windows x longest window)
     */
    default void forwarded(long nanos, int windows, int tokens, int paddedTokens) {}
}
