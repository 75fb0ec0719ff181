/**
 * Article analysis, orchestrated by {@link io.toneline.analysis.Analyzer}: text to paragraphs ({@code text}), actors and their mentions ({@code actors}), one batched scoring call, per-paragraph tones, trajectories and shifts ({@code timeline}); the answer records ({@link io.toneline.analysis.Analysis}) and the CDI entry point {@link io.toneline.analysis.AnalysisService}.
 */
package io.toneline.analysis;
