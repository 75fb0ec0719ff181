package io.toneline.jobs;

import io.toneline.errors.TooManyRequestsException;

/**
 * Whether a submission may join the queue: the one place the queue limit is decided. The store asks it
 * inside the transaction that queues the analysis, after that transaction took the change counter's
 * lock (which every writing transaction takes first), so the count it is given cannot change before
 * the insert commits: two submissions can never both take the last place, on one instance or many.
 */
public final class Admission {

    /** How long a refused client is asked to wait. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final int maxQueued;

    /** @param maxQueued most analyses waiting for a worker, across the store */
    public Admission(int maxQueued) {
        this.maxQueued = maxQueued;
    }

    /**
     * @param queued analyses waiting now
     * @throws TooManyRequestsException (429 with Retry-After) when the queue is full
     */
    void admit(long queued) {
        if (queued >= maxQueued) {
            throw new TooManyRequestsException("the queue holds " + queued + " analyses (at most " + maxQueued
                    + "); retry later", RETRY_AFTER_SECONDS);
        }
    }
}
