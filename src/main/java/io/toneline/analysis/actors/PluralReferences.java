package io.toneline.analysis.actors;

import io.toneline.analysis.text.Paragraph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plural references ("both sides", "the two countries", "the neighbours", "the two leaders", "the three
 * countries"): to the two (or three to six, as the phrase says) parties of the current interaction. The
 * nearest scope that names any decides: the sentence so far, the paragraph so far, then the groups the
 * article names together most often ({@link Counterparts}), then each of the three body paragraphs before,
 * nearest first. Exactly as many distinct actors of the right kind (states for "countries", people for
 * "leaders", any for "sides") as the phrase speaks of, or nothing. For "sides", a person counts as the
 * state they act for when that state is named too. Pure and thread-safe.
 */
final class PluralReferences {

    private static final Pattern SIDES = Pattern.compile("\\b(?:both sides|the two sides|both parties|the two parties"
            + "|each side|either side|the two groups|both groups|the sides(?!\\s+of\\b))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATES = Pattern.compile("\\b(?:both countries|the two countries|both nations"
            + "|the two nations|both governments|the two governments|the two neighbou?rs|the neighbou?rs"
            + "|the (?:two )?(?:[\\p{L}-]+ ){1,2}neighbou?rs"
            // "The countries share a border": not "the countries of the region", "the countries that ..."
            + "|the countries(?!\\s+(?:of|that|which|who|in|from|involved|concerned|where|to|on|with|at)\\b)"
            + "|both neighbou?rs|both capitals|the two capitals|the two states|our two countries|our two nations)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEOPLE = Pattern.compile("\\b(?:the two leaders|both leaders|the two presidents"
            + "|both presidents|the two men|the two women|the two ministers)\\b", Pattern.CASE_INSENSITIVE);
    /** "the three countries", "the four governments": as many states as the number says. */
    private static final Pattern NUMBERED_STATES = Pattern.compile("\\bthe (three|four|five|six) (?:countries|nations"
            + "|governments|states|neighbou?rs|capitals)\\b", Pattern.CASE_INSENSITIVE);
    /** "the three leaders", "the four ministers": as many people as the number says. */
    private static final Pattern NUMBERED_PEOPLE = Pattern.compile("\\bthe (three|four|five|six) (?:leaders|presidents"
            + "|ministers|foreign ministers)\\b", Pattern.CASE_INSENSITIVE);
    static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six");

    private PluralReferences() {}

    /** Which actors a phrase may mean. */
    enum Kind { ANY, STATE, PERSON }

    /**
     * One body paragraph's plural phrases and what they may resolve to.
     *
     * @param text the article
     * @param para the paragraph's text
     * @param p the paragraph
     * @param earlier up to three body paragraphs before, nearest first
     * @param sentences the paragraph's sentences, as absolute ranges
     * @param named every named mention of the article, by start
     * @param counterparts the groups the article names together
     * @param byId the article's actors by id
     * @param added where resolved mentions are collected, by actor id
     */
    record Scope(String text, String para, Paragraph p, Collection<Paragraph> earlier, List<int[]> sentences,
            List<NamedMention> named, Counterparts counterparts, Map<String, Actor> byId,
            Map<String, List<Mention>> added) {

        /** Resolves every plural phrase of the paragraph. */
        void resolve() {
            resolvePlural(SIDES, Kind.ANY, this);
            resolvePlural(STATES, Kind.STATE, this);
            resolvePlural(PEOPLE, Kind.PERSON, this);
            resolvePlural(NUMBERED_STATES, Kind.STATE, this);
            resolvePlural(NUMBERED_PEOPLE, Kind.PERSON, this);
        }
    }

    private static void resolvePlural(Pattern pattern, Kind kind, Scope c) {
        String text = c.text();
        Paragraph p = c.p();
        List<NamedMention> named = c.named();
        Map<String, List<Mention>> added = c.added();
        for (int[] span : ReferenceResolver.unnamedMatches(pattern, c.para(), p, named)) {
            int at = span[0];
            int end = span[1];
            int expected = span[2];
            int[] sentence = ReferenceResolver.enclosing(c.sentences(), at);
            List<int[]> scopes = new ArrayList<>(List.of(new int[] {sentence[0], at}, new int[] {p.start(), at},
                    COUNTERPARTS));
            for (Paragraph e : c.earlier()) {
                scopes.add(new int[] {e.start(), e.end()});
            }
            for (int[] scope : scopes) {
                if (scope == COUNTERPARTS) {
                    // nobody named in the paragraph so far: the parties the story names together most often
                    Map<String, NamedMention> story = c.counterparts().likeliest(at, expected, a -> fits(a, kind),
                            c.byId(), named);
                    if (story.isEmpty()) {
                        continue;
                    }
                    story.values().forEach(o -> o.addReference(added, at, end, text));
                    break;
                }
                // "the three countries": the last list of exactly three ("A, B and C"), since the scope often
                // also names the one they act on; "both sides": the two actors of the scope
                Map<String, NamedMention> parties = expected > 2
                        ? listed(text, named, scope[0], scope[1], kind, expected) : parties(named, scope[0], scope[1], kind);
                if (parties.isEmpty()) {
                    continue;
                }
                if (parties.size() == expected) {
                    for (NamedMention o : parties.values()) {
                        o.addReference(added, at, end, text);
                    }
                } else if (parties.size() < expected) {
                    // "Abiy traveled to Asmara, where the two leaders signed": one of them is here; the story's
                    // pair that holds him names the other
                    Map<String, NamedMention> story = c.counterparts().likeliest(at, expected, a -> fits(a, kind),
                            c.byId(), named);
                    if (!story.isEmpty() && story.keySet().containsAll(keys(parties, c.byId()))) {
                        story.values().forEach(o -> o.addReference(added, at, end, text));
                    }
                }
                break; // the nearest scope that names anybody decides, resolved or not
            }
        }
    }

    /** The parties' keys as the counterparts count them: a person as the state they act for, when it is an actor. */
    private static java.util.Set<String> keys(Map<String, NamedMention> parties, Map<String, Actor> byId) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (NamedMention o : parties.values()) {
            Actor a = o.actor();
            out.add(a.type() == ActorType.PERSON && a.affiliation() != null ? a.affiliation() : a.id());
        }
        return out;
    }

    /** Marks the place of the article's counterparts among the scopes a plural phrase looks in. */
    private static final int[] COUNTERPARTS = new int[0];

    /** The distinct actors of the right kind named in [from, to), each with its last mention there. */
    static Map<String, NamedMention> parties(List<NamedMention> named, int from, int to, Kind kind) {
        Map<String, NamedMention> out = new LinkedHashMap<>();
        java.util.Set<String> bodiesOfAState = new java.util.HashSet<>();
        NamedMention previous = null;
        for (NamedMention o : named) {
            if (o.mention().start() >= from && o.mention().end() <= to && fits(o.actor(), kind)) {
                out.put(o.actor().id(), o);
                if (o.actor().type() == ActorType.ORGANIZATION && previous != null
                        && previous.actor().type() == ActorType.COUNTRY
                        && previous.mention().end() + 1 == o.mention().start()) {
                    bodiesOfAState.add(o.actor().id()); // "the U.S. Department of State": one party, not two
                }
            }
            previous = o;
        }
        if (kind == Kind.ANY) {
            // "Putin ... Russia ... Ukraine ... both sides": a person counts as the state they act for, and so
            // does a state's own body
            out.values().removeIf(o -> (o.actor().type() == ActorType.PERSON || o.actor().type() == ActorType.ORGANIZATION)
                    && o.actor().affiliation() != null && out.containsKey(o.actor().affiliation()));
            out.keySet().removeAll(bodiesOfAState);
        }
        return out;
    }

    /** Separators inside a list of names: ", ", " and ", ", and ", optionally followed by "the ". */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|and|, and)\\s+(?:the\\s+)?");

    /**
     * The actors of the last list of exactly {@code n} names of the right kind in [from, to), joined by
     * commas and "and"; empty when there is none, so that the nearest scope without a list decides nothing.
     */
    private static Map<String, NamedMention> listed(String text, List<NamedMention> named, int from, int to, Kind kind, int n) {
        List<NamedMention> inScope = new ArrayList<>();
        for (NamedMention o : named) {
            if (o.mention().start() >= from && o.mention().end() <= to && fits(o.actor(), kind)) {
                inScope.add(o);
            }
        }
        inScope.sort(Comparator.comparingInt(o -> o.mention().start()));
        Map<String, NamedMention> found = new LinkedHashMap<>();
        Map<String, NamedMention> run = new LinkedHashMap<>();
        NamedMention last = null;
        for (NamedMention o : inScope) {
            boolean joined = last != null && o.mention().start() >= last.mention().end()
                    && LIST_GAP.matcher(text.substring(last.mention().end(), o.mention().start())).matches();
            if (!joined) {
                found = run.size() == n ? run : found; // a whole list, not the start of a longer one
                run = new LinkedHashMap<>();
            }
            run.put(o.actor().id(), o);
            last = o;
        }
        return run.size() == n ? run : found;
    }

    private static boolean fits(Actor a, Kind kind) {
        return switch (kind) {
            case ANY -> a.type() == ActorType.COUNTRY || a.type() == ActorType.ORGANIZATION
                    || a.type() == ActorType.PERSON;
            case STATE -> a.type() == ActorType.COUNTRY;
            case PERSON -> a.type() == ActorType.PERSON;
        };
    }
}
