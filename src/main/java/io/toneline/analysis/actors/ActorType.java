package io.toneline.analysis.actors;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The kind of political actor an {@link Actor} stands for. */
public enum ActorType {
    /** A state, found through the gazetteer. */
    COUNTRY,
    /** A named person, found through a title such as "President" or supplied by id. */
    PERSON,
    /** An international organisation from the gazetteer or a detected named body. */
    ORGANIZATION,
    /** A caller-supplied actor that matched nothing known. */
    OTHER;

    /** @return the lower-case name used in JSON */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
