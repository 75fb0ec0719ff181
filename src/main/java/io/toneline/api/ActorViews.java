package io.toneline.api;

import static io.toneline.model.Figures.round;

import io.toneline.errors.InvalidInputException;
import io.toneline.jobs.ActorIndex;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** JSON of the actor endpoints, and the checks of their query parameters. */
final class ActorViews {

    private ActorViews() {}

    /** The longest range one request may ask for. */
    static final Duration MAX_RANGE = Duration.ofDays(3660);
    /** The range when none is given: the last 90 days. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(90);

    /**
     * @param id actor id
     * @param name its name
     * @param type country, person, organization or other
     * @param analyses stored analyses in the range that mention it
     * @param mentions its mentions in them
     * @param lastSeen publication time of the latest of them
     */
    record ActorSummary(String id, String name, String type, long analyses, long mentions, String lastSeen) {
        static ActorSummary of(ActorIndex.Seen s) {
            return new ActorSummary(s.id(), s.name(), s.type(), s.analyses(), s.mentions(),
                    Instant.ofEpochMilli(s.lastSeen()).toString());
        }
    }

    /**
     * @param from start of the range (inclusive)
     * @param to end of the range (exclusive)
     * @param items actors, the most often seen first
     */
    record ActorList(String from, String to, List<ActorSummary> items) {}

    /**
     * @param hostile share of the period's paragraphs at that level
     * @param critical share
     * @param neutral share
     * @param cooperative share
     * @param conciliatory share
     */
    record Shares(double hostile, double critical, double neutral, double cooperative, double conciliatory) {}

    /**
     * @param period the day or the week's Monday, {@code YYYY-MM-DD}
     * @param start the period's first instant (for charting tools that want a timestamp)
     * @param analyses analyses published in the period that mention the actor
     * @param paragraphs paragraphs that scored it
     * @param mean mean relations score of those paragraphs, null when none scored it
     * @param shares share of those paragraphs per level
     */
    record Point(String period, String start, long analyses, long paragraphs, Double mean, Shares shares) {
        static Point of(ActorIndex.Period p) {
            Instant start = Instant.ofEpochMilli(p.start());
            double n = Math.max(1, p.paragraphs());
            long[] l = p.levels();
            return new Point(start.atOffset(ZoneOffset.UTC).toLocalDate().toString(), start.toString(), p.analyses(),
                    p.paragraphs(), p.paragraphs() == 0 ? null : round(p.scoreSum() / p.paragraphs()),
                    new Shares(round(l[0] / n), round(l[1] / n), round(l[2] / n), round(l[3] / n), round(l[4] / n)));
        }
    }

    /**
     * @param actor actor id
     * @param interval {@code day} or {@code week}
     * @param from start of the range
     * @param to end of the range
     * @param points periods with data, oldest first
     */
    record Timeline(String actor, String interval, String from, String to, List<Point> points) {}

    /** A checked time range. */
    record Range(long from, long to) {}

    static Range range(String from, String to) {
        long end = to == null || to.isBlank() ? System.currentTimeMillis() : instant(to, "to");
        long start = from == null || from.isBlank() ? end - DEFAULT_RANGE.toMillis() : instant(from, "from");
        if (start >= end) {
            throw new InvalidInputException("from must be before to");
        }
        if (end - start > MAX_RANGE.toMillis()) {
            throw new InvalidInputException("the range may span at most " + MAX_RANGE.toDays() + " days");
        }
        return new Range(start, end);
    }

    static int days(String interval) {
        String i = interval == null || interval.isBlank() ? "day" : interval.toLowerCase(Locale.ROOT);
        return switch (i) {
            case "day" -> 1;
            case "week" -> 7;
            default -> throw new InvalidInputException("interval must be day or week");
        };
    }

    private static long instant(String value, String name) {
        try {
            Long ms = AnalysisRequests.publishedAt(value);
            return ms;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(name + " must be an ISO-8601 date (2026-11-20) or date-time with offset");
        }
    }
}
