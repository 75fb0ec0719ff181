/**
 * Timelines: tone levels of a relations score ({@link io.toneline.analysis.timeline.ToneLabel}), per-actor trajectories and shift detection ({@link io.toneline.analysis.timeline.ShiftDetector}).
 */
package io.toneline.analysis.timeline;
