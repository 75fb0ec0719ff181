package io.toneline.analysis.actors;

import java.util.List;

/**
 * A political actor found in a text, with every place it is mentioned.
 *
 * @param id stable id: a gazetteer id ({@code russia}, {@code nato}), {@code person-<slug>},
 *     {@code org-<slug>} or {@code actor-<slug>} for caller-supplied actors
 * @param name canonical or display name
 * @param type what kind of actor this is
 * @param aliases distinct surface forms seen in the text or declared by the caller, in first-seen order
 * @param iso for states, the ISO 3166-1 alpha-2 code; else null
 * @param affiliation id of the state or organisation this actor acts for, or {@code null}
 * @param roles for people, the titles they were named with, lower case ("president", "foreign minister")
 * @param mentions non-overlapping mentions sorted by start offset
 */
public record Actor(String id, String name, ActorType type, String iso, List<String> aliases, String affiliation,
        List<String> roles, List<Mention> mentions) {

    /** Copies the lists so the record stays immutable. */
    public Actor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
