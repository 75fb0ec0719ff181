package io.toneline.analysis.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A mention by name and the actor it names: what {@link ReferenceResolver} and {@link RoleReferences}
 * resolve references to. Kept apart from both so that neither reaches into the other.
 *
 * @param actor the actor named
 * @param mention where the article names it
 */
record NamedMention(Actor actor, Mention mention) {

    /**
     * @param named named mentions, sorted by start
     * @param start start of a span
     * @param end end of the span (exclusive)
     * @return true when a named mention overlaps [start, end)
     */
    static boolean overlaps(List<NamedMention> named, int start, int end) {
        for (NamedMention o : named) {
            if (o.mention().start() >= end) {
                break; // sorted by start: no later mention reaches back into [start, end)
            }
            if (start < o.mention().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param named named mentions, sorted by start
     * @param at an offset in the text
     * @return the index of the first mention starting at or after {@code at} (binary search), or the list's size
     */
    static int firstStartingAtOrAfter(List<NamedMention> named, int at) {
        int lo = 0;
        int hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).mention().start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Adds [start, end) of the text as a further mention of this actor, resolved through this mention.
     *
     * @param added resolved mentions, by actor id
     * @param start start of the reference
     * @param end end of the reference (exclusive)
     * @param text the article
     */
    void addReference(Map<String, List<Mention>> added, int start, int end, String text) {
        added.computeIfAbsent(actor.id(), k -> new ArrayList<>()).add(new Mention(start, end,
                text.substring(start, end), new Mention.Source(mention.start(), mention.end())));
    }
}
