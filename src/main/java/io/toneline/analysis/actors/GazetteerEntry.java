package io.toneline.analysis.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One state or organisation from the gazetteer.
 *
 * @param id stable actor id, lowercase ASCII slug such as {@code russia} or {@code un-security-council}
 * @param type {@link ActorType#COUNTRY} or {@link ActorType#ORGANIZATION}
 * @param name canonical name
 * @param shortForms short forms and acronyms
 * @param demonyms adjectives that name the state ("Russian"); used for affiliation and attributive mentions
 * @param seats capitals and seats of power used as metonyms ("Moscow", "the Kremlin")
 * @param formalNames official names and fixed government phrasings
 */
public record GazetteerEntry(String id, ActorType type, String name, List<String> shortForms,
        List<String> demonyms, List<String> seats, List<String> formalNames) {

    /** Copies the lists. */
    public GazetteerEntry {
        shortForms = List.copyOf(shortForms);
        demonyms = List.copyOf(demonyms);
        seats = List.copyOf(seats);
        formalNames = List.copyOf(formalNames);
    }

    /**
     * Every surface form that names this entry directly: name, short forms, seats and formal names
     * (not the demonyms, which are adjectives).
     *
     * @return distinct names in column order
     */
    public List<String> names() {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(shortForms);
        all.addAll(seats);
        all.addAll(formalNames);
        return new ArrayList<>(all);
    }
}
