package io.toneline.api;

import io.toneline.analysis.actors.ActorSpec;
import io.toneline.config.TonelineConfig;
import io.toneline.errors.InvalidInputException;
import io.toneline.errors.UnprocessableException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks the parts of {@code /v1/analyses} requests that arrive as JSON values or query parameters. */
final class AnalysisRequests {

    /** Longest title, the same for every format. */
    static final int MAX_TITLE_CHARS = 1000;

    private AnalysisRequests() {}

    /**
     * @param actors caller actors, possibly null
     * @param limits request limits
     * @return the actor specs; sizes are checked before any element
     */
    static List<ActorSpec> actors(List<AnalysisRequest.ActorInput> actors, TonelineConfig.Limits limits) {
        if (actors == null) {
            return List.of();
        }
        if (actors.size() > limits.maxActors()) {
            throw new UnprocessableException("too many actors: " + actors.size() + " (at most " + limits.maxActors()
                    + ", toneline.limits.max-actors)");
        }
        List<ActorSpec> specs = new ArrayList<>(actors.size());
        for (int i = 0; i < actors.size(); i++) {
            AnalysisRequest.ActorInput a = actors.get(i);
            if (a == null || a.name() == null || a.name().isBlank()) {
                throw new InvalidInputException("actors[" + i + "]: must be an object with a non-empty \"name\"");
            }
            List<String> aliases = a.aliases() == null ? List.of() : a.aliases();
            if (aliases.size() > limits.maxAliases()) {
                throw new UnprocessableException("actors[" + i + "] has " + aliases.size() + " aliases (at most "
                        + limits.maxAliases() + ", toneline.limits.max-aliases)");
            }
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
     * @param value the {@code limit} query parameter
     * @return the page size, 100 when absent
     */
    static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= 1000) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message
        }
        throw new InvalidInputException("limit must be a whole number from 1 to 1000");
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
}
