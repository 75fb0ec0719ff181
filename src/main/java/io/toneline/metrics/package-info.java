/** Prometheus metrics at {@code /q/metrics}: inference stages, batches, queues, tokens, analyses. */
package io.toneline.metrics;
