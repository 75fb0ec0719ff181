package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.GazetteerEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mutable actor under construction during one {@link ActorFinder#find} call. */
final class ActorDraft {

    final String id;
    String name;
    final ActorType type;
    String affiliation;
    /** Surface forms declared by the caller, reported even when not seen. */
    final Set<String> declared = new LinkedHashSet<>();
    /** For people: the titles they were named with, lower case. */
    final Set<String> roles = new LinkedHashSet<>();
    final List<Mention> mentions = new ArrayList<>();
    /** Caller actors keep their spec order when they have no mention. */
    int order = Integer.MAX_VALUE;

    ActorDraft(String id, String name, ActorType type, String affiliation) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.affiliation = affiliation;
    }

    /** All drafts of one call, keyed by id so that every path to the same actor meets the same draft. */
    static final class Registry {
        private final Map<String, ActorDraft> byId = new LinkedHashMap<>();

        ActorDraft gazetteer(GazetteerEntry e) {
            return byId.computeIfAbsent(e.id(), id -> new ActorDraft(id, e.name(), e.type(), Lexicon.ORGAN_OF.get(id)));
        }

        ActorDraft person(String fullName, String affiliation) {
            ActorDraft d = byId.computeIfAbsent("person-" + Slugs.of(fullName),
                    id -> new ActorDraft(id, fullName, ActorType.PERSON, affiliation));
            if (d.affiliation == null) {
                d.affiliation = affiliation;
            }
            return d;
        }

        ActorDraft org(String name, String affiliation) {
            ActorDraft d = byId.computeIfAbsent("org-" + Slugs.of(name),
                    id -> new ActorDraft(id, name, ActorType.ORGANIZATION, affiliation));
            if (d.affiliation == null) {
                d.affiliation = affiliation;
            }
            return d;
        }

        ActorDraft group(String prefix, String name) {
            return byId.computeIfAbsent(prefix + Slugs.of(name), id -> new ActorDraft(id, name, ActorType.ORGANIZATION, null));
        }

        ActorDraft caller(String name) {
            return byId.computeIfAbsent("actor-" + Slugs.of(name), id -> new ActorDraft(id, name, ActorType.OTHER, null));
        }

        ActorDraft get(String id) {
            return byId.get(id);
        }

        void remove(String id) {
            byId.remove(id);
        }

        /** Makes {@code id} lead to {@code draft} from now on ("group-libyan-rebels" to the movement named). */
        void alias(String id, ActorDraft draft) {
            byId.putIfAbsent(id, draft);
        }

        List<ActorDraft> all() {
            return new ArrayList<>(new LinkedHashSet<>(byId.values())); // an alias adds no second actor
        }
    }
}
