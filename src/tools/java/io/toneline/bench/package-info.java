/**
 * The speed benchmark: tokens per second per precision and against ONNX Runtime, and whole-article latency.
 */
package io.toneline.bench;
