package io.toneline.api;

import java.util.List;

/**
 * One poll of {@code GET /v1/analyses}: analyses changed since the cursor, oldest change first
 * (without their results: fetch those by id, with {@code If-None-Match}).
 *
 * @param items changed analyses
 * @param next the cursor to send as {@code since} next time
 */
public record AnalysisPage(List<AnalysisStatus> items, String next) {}
