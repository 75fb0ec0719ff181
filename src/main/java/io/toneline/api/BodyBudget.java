package io.toneline.api;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the request-body bytes the service holds at once, so that many large bodies arriving together
 * cannot overflow the heap: a body is admitted when its size (Content-Length, or the body limit for a
 * chunked one) fits in what is left, else refused at once (503 with Retry-After) before a byte of it is
 * read. Like text-embeddings-inference's one permit budget in front of everything, but counted in bytes.
 */
final class BodyBudget {

    private final long capacity;
    private final AtomicLong used = new AtomicLong();

    /** @param capacity the most body bytes in flight together */
    BodyBudget(long capacity) {
        this.capacity = capacity;
    }

    /**
     * @param bytes the body's size
     * @return true when admitted (then {@link #release} it once), false when it does not fit now
     */
    boolean tryAcquire(long bytes) {
        while (true) {
            long now = used.get();
            // one body alone is always admitted (within the body limit), so a large one is never starved
            if (now > 0 && now + bytes > capacity) {
                return false;
            }
            if (used.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** @param bytes what {@link #tryAcquire} admitted */
    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    /** @return body bytes in flight now */
    long used() {
        return used.get();
    }
}
