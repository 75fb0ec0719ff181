package io.toneline.analysis.timeline;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The three sides of the relations scale; a shift is a change of side, never of intensity within one. */
public enum Side {
    /** hostile or critical */
    NEGATIVE,
    /** neutral */
    NEUTRAL,
    /** cooperative or conciliatory */
    POSITIVE;

    /** @return -1, 0 or +1 */
    public int sign() {
        return ordinal() - 1;
    }

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
