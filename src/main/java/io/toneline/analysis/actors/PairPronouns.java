package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "They" for two people named together: "Turkish President Recep Tayyip Erdogan and Russian President
 * Vladimir Putin have reached an agreement." then "After talks in Moscow Thursday, they announced a
 * ceasefire." The sentence before the pronoun (in the same paragraph, or the last one of the paragraph
 * before) must name exactly two people, joined by "and", and the pronoun's own sentence must name nobody
 * before it: any other plural that "they" could mean ("officials", "protesters") goes unnamed and is
 * not guarded against, so the rule asks for the coordinated pair, the clearest subject a "they" can
 * follow. Pure and thread-safe.
 */
final class PairPronouns {

    private static final Pattern THEY = Pattern.compile("\\b[Tt]hey\\b");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private PairPronouns() {}

    /**
     * @param text the article
     * @param para the paragraph's text
     * @param p the paragraph
     * @param previous the body paragraph before it, or null
     * @param sentences the paragraph's sentences, as absolute offsets
     * @param named every named mention of the article, by start
     * @param added resolved mentions by actor id; references are added to it
     */
    static void resolve(String text, String para, Paragraph p, Paragraph previous, List<int[]> sentences,
            List<NamedMention> named, Map<String, List<Mention>> added) {
        for (int[] span : ReferenceResolver.unnamedMatches(THEY, para, p, named)) {
            int[] own = ReferenceResolver.enclosing(sentences, span[0]);
            if (namesAnything(text, named, own[0], span[0])) {
                continue;
            }
            int index = sentences.indexOf(own);
            int[] before;
            if (index > 0) {
                before = sentences.get(index - 1);
            } else if (previous != null && previous.index() == p.index() - 1) {
                List<int[]> prev = ReferenceResolver.sentences(previous.text(text), previous.start());
                before = prev.get(prev.size() - 1);
            } else {
                continue;
            }
            List<NamedMention> pair = coordinatedPair(text, named, before[0], before[1]);
            for (NamedMention o : pair) {
                o.addReference(added, span[0], span[1], text);
            }
        }
    }

    /** True when [from, to) names an actor other than as a place ("After talks in Moscow, they ..."). */
    private static boolean namesAnything(String text, List<NamedMention> named, int from, int to) {
        for (int k = NamedMention.firstStartingAtOrAfter(named, from);
                k < named.size() && named.get(k).mention().start() < to; k++) {
            int start = named.get(k).mention().start();
            if (!PLACE.matcher(text.substring(Math.max(0, start - 6), start)).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern PLACE = Pattern.compile("\\b(?:in|at)\\s+$");

    /** The two people of [from, to) when exactly two are named there, as "A and B"; else empty. */
    private static List<NamedMention> coordinatedPair(String text, List<NamedMention> named, int from, int to) {
        List<NamedMention> people = new ArrayList<>();
        for (int k = NamedMention.firstStartingAtOrAfter(named, from);
                k < named.size() && named.get(k).mention().start() < to; k++) {
            NamedMention o = named.get(k);
            if (o.mention().end() <= to && o.actor().type() == ActorType.PERSON
                    && people.stream().noneMatch(q -> q.actor().id().equals(o.actor().id()))) {
                people.add(o);
                if (people.size() > 2) {
                    return List.of();
                }
            }
        }
        if (people.size() != 2) {
            return List.of();
        }
        int gapFrom = people.get(0).mention().end();
        int gapTo = people.get(1).mention().start();
        return gapFrom < gapTo && AND.matcher(text.substring(gapFrom, gapTo)).matches() ? people : List.of();
    }
}
