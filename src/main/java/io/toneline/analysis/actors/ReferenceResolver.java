package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.Gazetteer;

import io.toneline.analysis.text.Paragraph;
import io.toneline.analysis.text.ParagraphKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves references that are not names to the actors the article already named, precision first:
 * a reference is resolved only when exactly one reading is possible, else it stays unresolved.
 *
 * <ul>
 *   <li><b>Plural references</b> ("both sides", "the two countries", "the neighbours", "the two
 *       leaders", "the three countries"): to the two (or three to six, as the phrase says) actors of the current interaction, the actors named in the nearest scope
 *       that names any: the sentence so far, else the paragraph so far, else each of the three body
 *       paragraphs before, nearest first. Exactly two distinct actors of the right kind (states for "countries", people for
 *       "leaders", any for "sides") or nothing. For "sides", a person counts as the state they act for
 *       when that state is also named.</li>
 *   <li><b>Pronouns</b> ("he", "she", "his", "her", "him"): to the one person named in the sentence so far
 *       or the sentence before (for a paragraph's first sentence, the last sentence of the previous paragraph, or
 *       that whole paragraph when its last sentence names nobody); not when another person, or a capitalised name
 *       that is no actor (perhaps a person Toneline does not know), is there too.</li>
 *   <li><b>Role references</b> ("the Iranian president", "Russia's foreign minister", "the president"): to
 *       the one person named before with that title (and that state, when the phrase names one); see
 *       {@link RoleReferences}.</li>
 *   <li><b>Body references</b> ("the court", "the six-member Council"): to the one organisation named
 *       before whose name ends in that word; see {@link BodyReferences}.</li>
 *   <li><b>Movement references</b> ("the rebels", "the militants", "the insurgents", "the militia",
 *       "the jihadists"): to the one armed or political movement (a gazetteer organisation that operates
 *       in a state) the article named before; not when it named two.</li>
 * </ul>
 * Each resolved mention keeps the span of the mention it was resolved through ({@link Mention#source()}).
 * Pure and thread-safe.
 */
public final class ReferenceResolver {

    private static final Pattern SIDES = Pattern.compile("\\b(?:both sides|the two sides|both parties|the two parties"
            + "|each side|either side|the two groups|both groups)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATES = Pattern.compile("\\b(?:both countries|the two countries|both nations"
            + "|the two nations|both governments|the two governments|the two neighbou?rs|the neighbou?rs"
            + "|both neighbou?rs|both capitals|the two capitals|the two states|our two countries|our two nations)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEOPLE = Pattern.compile("\\b(?:the two leaders|both leaders|the two presidents"
            + "|both presidents|the two men|the two women|the two ministers)\\b", Pattern.CASE_INSENSITIVE);
    /** "the three countries", "the four governments": as many states as the number says. */
    private static final Pattern NUMBERED_STATES = Pattern.compile("\\bthe (three|four|five|six) (?:countries|nations"
            + "|governments|states|neighbou?rs|capitals)\\b", Pattern.CASE_INSENSITIVE);
    /** "the three leaders", "the four ministers": as many people as the number says. */
    private static final Pattern NUMBERED_PEOPLE = Pattern.compile("\\bthe (three|four|five|six) (?:leaders|presidents"
            + "|ministers|foreign ministers)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBERS = List.of("two", "three", "four", "five", "six");
    private static final Pattern PRONOUNS = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\\b");
    private static final Pattern MOVEMENTS = Pattern.compile("\\bthe (?:rebels|militants|insurgents|militia"
            + "|jihadists|guerrillas|guerillas|rebel group|armed group|separatists|opposition)\\b", Pattern.CASE_INSENSITIVE);
    /** Two capitalised words in a row: a name, perhaps of a person Toneline did not find. */
    private static final Pattern NAME_PAIR = Pattern.compile("\\b\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|from|near|across|outside)\\s+$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”)]?\\s+");

    /** Body paragraphs back that "both sides" may reach for the two parties of the current interaction. */
    private static final int PLURAL_LOOK_BACK = 3;

    private final Gazetteer gazetteer;

    /** @param gazetteer tells movements (organisations that operate in a state) from other organisations */
    public ReferenceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param text the article
     * @param paragraphs its paragraphs
     * @param actors the actors found in it (names only)
     * @return the same actors, in the same order, with resolved references added to their mentions
     */
    public List<Actor> resolve(String text, List<Paragraph> paragraphs, List<Actor> actors) {
        List<NamedMention> named = new ArrayList<>();
        for (Actor a : actors) {
            for (Mention m : a.mentions()) {
                named.add(new NamedMention(a, m));
            }
        }
        named.sort(Comparator.comparingInt(o -> o.mention().start()));
        List<NamedMention> titled = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NamedMention o : named) {
            if (o.actor().type() == ActorType.PERSON && !o.actor().roles().isEmpty() && seen.add(o.actor().id())) {
                titled.add(o);
            }
        }
        Map<String, List<Mention>> added = new LinkedHashMap<>();
        Counterparts counterparts = Counterparts.of(text, paragraphs, named);
        Map<String, Actor> byId = new java.util.HashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Paragraph previous = null;
        java.util.ArrayDeque<Paragraph> earlier = new java.util.ArrayDeque<>(); // nearest first
        for (Paragraph p : paragraphs) {
            if (p.kind() != ParagraphKind.BODY) {
                continue;
            }
            String para = p.text(text);
            List<int[]> sentences = sentences(para, p.start());
            Plurals plurals = new Plurals(text, para, p, earlier, sentences, named, counterparts, byId, added);
            plurals.resolve(SIDES, Kind.ANY);
            plurals.resolve(STATES, Kind.STATE);
            plurals.resolve(PEOPLE, Kind.PERSON);
            plurals.resolve(NUMBERED_STATES, Kind.STATE);
            plurals.resolve(NUMBERED_PEOPLE, Kind.PERSON);
            resolvePronouns(text, para, p, previous, sentences, named, added);
            resolveMovements(text, para, p, named, added);
            RoleReferences.resolve(text, p, named, titled, added);
            BodyReferences.resolve(text, p, named, added);
            previous = p;
            earlier.addFirst(p);
            if (earlier.size() > PLURAL_LOOK_BACK) {
                earlier.removeLast();
            }
        }
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            List<Mention> extra = added.get(a.id());
            if (extra == null) {
                out.add(a);
                continue;
            }
            List<Mention> all = new ArrayList<>(a.mentions());
            all.addAll(extra);
            all.sort(Comparator.comparingInt(Mention::start));
            out.add(new Actor(a.id(), a.name(), a.type(), a.iso(), a.aliases(), a.affiliation(), a.roles(), all));
        }
        return out;
    }

    private enum Kind { ANY, STATE, PERSON }

    /** One paragraph's plural phrases and what they may resolve to. */
    private record Plurals(String text, String para, Paragraph p, java.util.Collection<Paragraph> earlier,
            List<int[]> sentences, List<NamedMention> named, Counterparts counterparts, Map<String, Actor> byId,
            Map<String, List<Mention>> added) {

        void resolve(Pattern pattern, Kind kind) {
            resolvePlural(pattern, kind, this);
        }
    }

    private static void resolvePlural(Pattern pattern, Kind kind, Plurals c) {
        String text = c.text();
        Paragraph p = c.p();
        List<NamedMention> named = c.named();
        Map<String, List<Mention>> added = c.added();
        for (int[] span : unnamedMatches(pattern, c.para(), p, named)) {
            int at = span[0];
            int end = span[1];
            int expected = span[2];
            int[] sentence = enclosing(c.sentences(), at);
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
                }
                break; // the nearest scope that names anybody decides, resolved or not
            }
        }
    }

    /** Marks the place of the article's counterparts among the scopes a plural phrase looks in. */
    private static final int[] COUNTERPARTS = new int[0];

    /** The distinct actors of the right kind named in [from, to), each with its last mention there. */
    private static Map<String, NamedMention> parties(List<NamedMention> named, int from, int to, Kind kind) {
        Map<String, NamedMention> out = new LinkedHashMap<>();
        for (NamedMention o : named) {
            if (o.mention().start() >= from && o.mention().end() <= to && fits(o.actor(), kind)) {
                out.put(o.actor().id(), o);
            }
        }
        if (kind == Kind.ANY) {
            // "Putin ... Russia ... Ukraine ... both sides": a person counts as the state they act for
            out.values().removeIf(o -> o.actor().type() == ActorType.PERSON && o.actor().affiliation() != null
                    && out.containsKey(o.actor().affiliation()));
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

    private void resolvePronouns(String text, String para, Paragraph p, Paragraph previous, List<int[]> sentences,
            List<NamedMention> named, Map<String, List<Mention>> added) {
        for (int[] span : unnamedMatches(PRONOUNS, para, p, named)) {
            int at = span[0];
            int end = span[1];
            int index = sentences.indexOf(enclosing(sentences, at));
            int from;
            if (index > 0) {
                from = sentences.get(index - 1)[0];
            } else if (previous != null && previous.index() == p.index() - 1) {
                // "He added ..." opening a paragraph: the last sentence of the one before
                List<int[]> before = sentences(previous.text(text), previous.start());
                from = before.get(before.size() - 1)[0];
            } else {
                from = sentences.get(0)[0];
            }
            Map<String, NamedMention> people = parties(named, from, at, Kind.PERSON);
            if (people.isEmpty() && index == 0 && previous != null && previous.index() == p.index() - 1) {
                // the paragraph before named its one person earlier than its last sentence
                from = previous.start();
                people = parties(named, from, at, Kind.PERSON);
            }
            if (people.size() != 1 || unknownName(text, named, from, at)) {
                continue;
            }
            people.values().iterator().next().addReference(added, at, end, text);
        }
    }

    /**
     * True when [from, to) holds a capitalised two-word name that is no mention (a person we missed?),
     * except after a preposition of place ("in New York").
     */
    private static boolean unknownName(String text, List<NamedMention> named, int from, int to) {
        Matcher m = NAME_PAIR.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (PLACE_BEFORE.matcher(text.substring(Math.max(0, s - 8), s)).find()) {
                continue;
            }
            boolean covered = named.stream().anyMatch(o -> o.mention().start() <= s && e <= o.mention().end()
                    || (o.mention().start() < e && s < o.mention().end()));
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    private void resolveMovements(String text, String para, Paragraph p, List<NamedMention> named,
            Map<String, List<Mention>> added) {
        for (int[] span : unnamedMatches(MOVEMENTS, para, p, named)) {
            int at = span[0];
            int end = span[1];
            Map<String, NamedMention> movements = new LinkedHashMap<>();
            for (NamedMention o : named) {
                if (o.mention().end() <= at && isMovement(o.actor())) {
                    movements.put(o.actor().id(), o);
                }
            }
            if (movements.size() == 1) {
                movements.values().iterator().next().addReference(added, at, end, text);
            }
        }
    }

    private boolean isMovement(Actor a) {
        return a.type() == ActorType.ORGANIZATION && (a.id().startsWith(GroupFinder.ID_PREFIX)
                || gazetteer.byId(a.id()).map(e -> !e.operatesIn().isEmpty()).orElse(false));
    }

    /** Absolute spans of the pattern's matches in a paragraph that no named mention overlaps. */
    private static List<int[]> unnamedMatches(Pattern pattern, String para, Paragraph p, List<NamedMention> named) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(para);
        while (m.find()) {
            int at = p.start() + m.start();
            int end = p.start() + m.end();
            if (!NamedMention.overlaps(named, at, end)) {
                // how many parties the phrase speaks of: its number word, else two ("both sides", "the neighbours")
                int count = m.groupCount() > 0 ? NUMBERS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 2 : 2;
                out.add(new int[] {at, end, count});
            }
        }
        return out;
    }

    /** Sentence ranges of a paragraph, as absolute offsets. */
    static List<int[]> sentences(String para, int offset) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(para);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {offset + start, offset + m.end()});
            start = m.end();
        }
        if (start < para.length()) {
            out.add(new int[] {offset + start, offset + para.length()});
        }
        return out;
    }

    private static int[] enclosing(List<int[]> sentences, int at) {
        for (int[] s : sentences) {
            if (at >= s[0] && at < s[1]) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }
}
