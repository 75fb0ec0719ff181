package io.toneline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class BodyBudgetTest {

    @Test
    void admitsWhatFitsAndRefusesTheRest() {
        BodyBudget budget = new BodyBudget(10);
        assertTrue(budget.tryAcquire(6));
        assertTrue(budget.tryAcquire(4));
        assertFalse(budget.tryAcquire(1));
        budget.release(4);
        assertTrue(budget.tryAcquire(3));
        assertEquals(9, budget.used());
    }

    @Test
    void oneBodyAloneIsAlwaysAdmitted() {
        BodyBudget budget = new BodyBudget(10);
        assertTrue(budget.tryAcquire(25));
        assertFalse(budget.tryAcquire(1));
        budget.release(25);
        assertEquals(0, budget.used());
    }

    @Test
    void neverOverCapacityUnderContention() throws Exception {
        BodyBudget budget = new BodyBudget(100);
        AtomicLong over = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 20_000; i++) {
                    if (budget.tryAcquire(7)) {
                        if (budget.used() > 100) {
                            over.incrementAndGet();
                        }
                        budget.release(7);
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(0, over.get());
        assertEquals(0, budget.used());
    }
}
