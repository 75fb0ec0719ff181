package io.toneline.training;

import ai.djl.training.tracker.Tracker;

/** Learning rate: linear warm-up from 0, then cosine decay to 0 at the last update. */
record WarmupCosine(float peak, int warmupSteps, int totalSteps) implements Tracker {

    @Override
    public float getNewValue(int step) {
        if (step < warmupSteps) {
            return peak * (step + 1) / warmupSteps;
        }
        double progress = Math.min(1.0, (double) (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps));
        return (float) (peak * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
