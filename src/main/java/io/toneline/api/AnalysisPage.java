package io.toneline.api;

import java.util.List;

/**
 * One answer of {@code GET /v1/analyses}: analyses changed since the cursor, oldest change first, or with
 * {@code order=desc} the newest analyses, newest first (without their results: fetch those by id, with
 * {@code If-None-Match}).
 *
 * @param items changed (or newest) analyses, each with its title
 * @param next the cursor to send as {@code since} next time
 */
public record AnalysisPage(List<AnalysisStatus> items, String next) {}
