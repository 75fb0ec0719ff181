package io.toneline.jobs;

import io.toneline.errors.InvalidInputException;

/** The one rule for the {@code limit} query parameter of every list (analyses, actors): 1 to 1000, 100 by default. */
public final class PageSize {

    /** Page size when the caller names none. */
    public static final int DEFAULT = 100;
    /** Largest page. */
    public static final int MAX = 1000;
    /** What a caller reads when the parameter is wrong. */
    static final String RULE = "limit must be a whole number from 1 to " + MAX;

    private PageSize() {}

    /**
     * @param value the {@code limit} query parameter, possibly null or empty
     * @return the page size
     * @throws InvalidInputException when it is not a whole number from 1 to {@link #MAX}
     */
    public static int parse(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the one message
        }
        throw new InvalidInputException(RULE);
    }
}
