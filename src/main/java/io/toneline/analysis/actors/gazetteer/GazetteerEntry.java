package io.toneline.analysis.actors.gazetteer;

import io.toneline.analysis.actors.ActorType;

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
 * @param iso states: ISO 3166-1 alpha-2 code (none for former states), else null
 * @param status states: {@code un-member}, {@code un-observer}, {@code disputed} or {@code former}, else null
 * @param operatesIn organisations and movements: ids of the states they operate in
 * @param capital states: the capital (the first seat, matched in text or not), else null
 * @param demonym states: the usual demonym (matched in text or not), else null
 */
public record GazetteerEntry(String id, ActorType type, String name, List<String> shortForms,
        List<String> demonyms, List<String> seats, List<String> formalNames, String iso, String status,
        List<String> operatesIn, String capital, String demonym) {

    /** The statuses a state may have. */
    public static final List<String> STATUSES = List.of("un-member", "un-observer", "disputed", "former");

    /** Copies the lists. */
    public GazetteerEntry {
        shortForms = List.copyOf(shortForms);
        demonyms = List.copyOf(demonyms);
        seats = List.copyOf(seats);
        formalNames = List.copyOf(formalNames);
        operatesIn = List.copyOf(operatesIn);
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
