package io.toneline.api;

import io.toneline.analysis.actors.ActorSpec;
import io.toneline.errors.InvalidInputException;
import io.toneline.jobs.Columns;
import io.toneline.jobs.StoredRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the parts of {@code /v1/analyses} requests that arrive as JSON values, query parameters or
 * headers, and builds the stored request from them; the Kafka intake reads the same JSON body through
 * {@link #fromJson}.
 */
public final class AnalysisRequests {

    /** Longest title, the same for every format. */
    static final int MAX_TITLE_CHARS = io.toneline.jobs.Columns.TITLE;

    private AnalysisRequests() {}

    /**
     * The shape of each actor (a name, aliases that are strings); how many there may be is
     * {@code analysis.ArticleLimits}' rule, checked for every path to the analysis.
     *
     * @param actors caller actors, possibly null
     * @return the actor specs
     */
    static List<ActorSpec> actors(List<AnalysisRequest.ActorInput> actors) {
        if (actors == null) {
            return List.of();
        }
        List<ActorSpec> specs = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            AnalysisRequest.ActorInput a = actors.get(i);
            if (a == null || a.name() == null || a.name().isBlank()) {
                throw new InvalidInputException("actors[" + i + "]: must be an object with a non-empty \"name\"");
            }
            List<String> aliases = a.aliases() == null ? List.of() : a.aliases();
            for (int j = 0; j < aliases.size(); j++) {
                if (aliases.get(j) == null || aliases.get(j).isBlank()) {
                    throw new InvalidInputException("actors[" + i + "].aliases[" + j + "]: must be a non-empty string");
                }
            }
            specs.add(new ActorSpec(a.name(), aliases));
        }
        return specs;
    }

    /**
     * @param title the title, possibly null
     * @return it, checked
     */
    static String title(String title) {
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            throw new InvalidInputException("title: must be at most " + MAX_TITLE_CHARS + " characters");
        }
        return title;
    }

    /**
     * @param value a query parameter meant as a boolean
     * @param name its name
     * @return null when absent, else true or false
     */
    static Boolean flag(String value, String name) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(name + " must be true or false");
        };
    }

    /**
     * @param order the {@code order} query parameter of the list
     * @param since the {@code since} query parameter
     * @return true for {@code desc} (the newest analyses), false for {@code asc} or none (the change feed)
     */
    static boolean newestFirst(String order, String since) {
        if (order == null || order.isEmpty() || order.equals("asc")) {
            return false;
        }
        if (!order.equals("desc")) {
            throw new InvalidInputException("order must be asc (the change feed) or desc (the newest analyses)");
        }
        if (since != null && !since.isEmpty()) {
            throw new InvalidInputException("order=desc reads the newest analyses and takes no since; poll the "
                    + "change feed from its next instead");
        }
        return true;
    }

    /**
     * @param value an ISO-8601 instant ({@code 2026-11-20T08:30:00Z}), date-time with offset, or date
     * @return epoch milliseconds, null when absent
     */
    static Long publishedAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return java.time.OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("publishedAt must be an ISO-8601 date (2026-11-20) or date-time "
                    + "with offset (2026-11-20T08:30:00Z)");
        }
    }

    /**
     * The stored form of a JSON request body ({@code POST /v1/analyses} or a message on the articles topic).
     *
     * @param body the parsed body, possibly null
     * @param rollUpByDefault the service's default for {@code rollUpToStates}
     * @return the checked request
     */
    public static StoredRequest fromJson(AnalysisRequest body, boolean rollUpByDefault) {
        if (body == null) {
            throw new InvalidInputException("the request body is empty; send {\"text\": \"...\"}");
        }
        return stored(StoredRequest.TEXT, body.text(), body.title(), body.actors(), body.rollUpToStates(),
                publishedAt(body.publishedAt()), rollUpByDefault);
    }

    /**
     * @return the checked request, with the service's roll-up default where the caller sent none
     */
    static StoredRequest stored(String format, String text, String title, List<AnalysisRequest.ActorInput> actors,
            Boolean rollUp, Long publishedAt, boolean rollUpByDefault) {
        return new StoredRequest(format, text == null ? "" : text, title(title), actors(actors),
                rollUp == null ? rollUpByDefault : rollUp, publishedAt);
    }

    /**
     * @param key an idempotency key (the header, or a Kafka message key), possibly null
     * @return it, checked
     */
    public static String idempotencyKey(String key) {
        if (key != null && (key.isBlank() || key.length() > Columns.IDEMPOTENCY_KEY)) {
            throw new InvalidInputException("Idempotency-Key must be 1 to " + Columns.IDEMPOTENCY_KEY + " characters");
        }
        return key;
    }
}
