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
 *   <li><b>Plural references</b> ("both sides", "the two countries", "the three countries"): to the parties
 *       of the current interaction; see {@link PluralReferences}.</li>
 *   <li><b>Pronouns</b> ("he", "she", "his", "her", "him"): to the one person named in the sentence so far
 *       or the sentence before (for a paragraph's first sentence, the last sentence of the previous paragraph, or
 *       that whole paragraph when its last sentence names nobody); not when another person, or a capitalised name
 *       that is no actor (perhaps a person Toneline does not know), is there too.</li>
 *   <li><b>Role references</b> ("the Iranian president", "Russia's foreign minister", "the president"): to
 *       the one person named before with that title (and that state, when the phrase names one); see
 *       {@link RoleReferences}.</li>
 *   <li><b>Plural roles</b> ("the presidents of Sudan and South Sudan"): each state's one holder of the
 *       title; see {@link PluralRoles}.</li>
 *   <li><b>Body references</b> ("the court", "the six-member Council"): to the one organisation named
 *       before whose name ends in that word; see {@link BodyReferences}.</li>
 *   <li><b>Speaker turns</b> of transcripts ("SECRETARY KERRY: ... I think"): the label and the speaker's
 *       "I", "me", "my"; see {@link SpeakerTurns}.</li>
 *   <li><b>Movement references</b> ("the rebels", "the militants", "rebels attacked"): to the one armed or
 *       political movement the article named before; see {@link MovementReferences}.</li>
 * </ul>
 * Each resolved mention keeps the span of the mention it was resolved through ({@link Mention#source()}).
 * Pure and thread-safe.
 */
public final class ReferenceResolver {

    private static final Pattern PRONOUNS = Pattern.compile("\\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er)\\b");
    /** Two capitalised words in a row: a name, perhaps of a person Toneline did not find. */
    private static final Pattern NAME_PAIR = Pattern.compile("\\b\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+");
    /** Two capitalised words that name nobody: a sentence's first function word, a weekday or a month. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:On|In|At|By|The|But|And|For|After|Before|Last|Next|"
            + "This|That|Since|When|While|Early|Late)\\s|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            + "Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:in|at|from|near|across|outside)\\s+$");
    /** A period that ends an abbreviation or an initial rather than a sentence. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:\\p{Lu}\\.){1,3}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|"
            + "Gov|Lt|Col|Adm|Sgt|St|Jr|Sr|Prof|No|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\\.)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'’”)]?\\s+");

    /** Body paragraphs back that "both sides" may reach for the two parties of the current interaction. */
    private static final int PLURAL_LOOK_BACK = 3;

    private final MovementReferences movements;

    /** @param gazetteer tells movements (organisations that operate in a state) from other organisations */
    public ReferenceResolver(Gazetteer gazetteer) {
        this.movements = new MovementReferences(gazetteer);
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
            new PluralReferences.Scope(text, para, p, earlier, sentences, named, counterparts, byId, added).resolve();
            resolvePronouns(text, para, p, previous, sentences, named, added);
            PairPronouns.resolve(text, para, p, previous, sentences, named, added);
            movements.resolve(text, para, p, named, added);
            RoleReferences.resolve(text, p, named, titled, added);
            PluralRoles.resolve(text, p, named, titled, added);
            BodyReferences.resolve(text, p, named, added);
            previous = p;
            earlier.addFirst(p);
            if (earlier.size() > PLURAL_LOOK_BACK) {
                earlier.removeLast();
            }
        }
        SpeakerTurns.resolve(text, paragraphs, named, added);
        SpeakerTurns.continuedQuotes(text, paragraphs, named, added);
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

    private void resolvePronouns(String text, String para, Paragraph p, Paragraph previous, List<int[]> sentences,
            List<NamedMention> named, Map<String, List<Mention>> added) {
        for (int[] span : unnamedMatches(PRONOUNS, para, p, named)) {
            int at = span[0];
            int end = span[1];
            int index = sentences.indexOf(enclosing(sentences, at));
            // "Kerry said last week he believed ...": the sentence so far decides when it names one person
            int own = sentences.get(index)[0];
            String word = text.substring(at, end).toLowerCase(java.util.Locale.ROOT);
            boolean female = word.equals("she") || word.equals("her");
            Map<String, NamedMention> here = compatible(
                    PluralReferences.parties(named, own, at, PluralReferences.Kind.PERSON), female);
            if (!here.isEmpty()) {
                if (here.size() == 1 && !unknownName(text, named, own, at)) {
                    here.values().iterator().next().addReference(added, at, end, text);
                }
                continue;
            }
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
            Map<String, NamedMention> people = PluralReferences.parties(named, from, at, PluralReferences.Kind.PERSON);
            if (people.isEmpty() && index == 0 && previous != null && previous.index() == p.index() - 1) {
                // the paragraph before named its one person earlier than its last sentence
                from = previous.start();
                people = PluralReferences.parties(named, from, at, PluralReferences.Kind.PERSON);
            }
            people = compatible(people, female);
            if (people.size() > 1 && SPEECH_AFTER.matcher(text).region(end, Math.min(text.length(), end + 20)).lookingAt()) {
                // '"... we plan to deepen our ties," he said.': the speaker is the last person who said something
                NamedMention speaker = lastSpeaker(text, people, from, at);
                if (speaker != null) {
                    speaker.addReference(added, at, end, text);
                }
                continue;
            }
            if (people.size() != 1 || unknownName(text, named, from, at)) {
                continue;
            }
            people.values().iterator().next().addReference(added, at, end, text);
        }
    }

    /** The person of the scope who last said something ("Molano said", "said Molano"), or null. */
    private static NamedMention lastSpeaker(String text, Map<String, NamedMention> people, int from, int to) {
        NamedMention last = null;
        int lastAt = -1;
        for (NamedMention o : people.values()) {
            int s = o.mention().start();
            int e = o.mention().end();
            boolean spoke = SPEECH_AFTER.matcher(text).region(e, Math.min(to, e + 20)).lookingAt()
                    || SPEECH_BEFORE.matcher(text.substring(Math.max(from, s - 8), s)).find();
            if (spoke && s > lastAt) {
                last = o;
                lastAt = s;
            }
        }
        return last;
    }

    /** A speech verb right after a name ("X said", "X, told"); {@link SpeakerTurns} reads it too. */
    static final Pattern SPEECH_AFTER = Pattern.compile("[,]?\\s+(?:said|says|told|added|noted|wrote|stated"
            + "|explained|continued|insisted|argued|replied)\\b");
    /** "said" right before a name ("said X"). */
    static final Pattern SPEECH_BEFORE = Pattern.compile("\\b(?:said|says)\\s+$");

    /**
     * The people a pronoun may mean: "she" and "her" are no "Mr. Gadhafi" or King, "he", "him" and "his" no
     * "Mrs. Clinton" or Queen. Named without such a word, a person may be either.
     */
    private static Map<String, NamedMention> compatible(Map<String, NamedMention> people, boolean female) {
        Pattern excluded = female ? MALE : FEMALE;
        Map<String, NamedMention> out = new LinkedHashMap<>();
        people.forEach((id, o) -> {
            boolean clash = o.actor().aliases().stream().anyMatch(a -> excluded.matcher(a).find());
            if (!clash) {
                out.put(id, o);
            }
        });
        return out;
    }

    private static final Pattern MALE = Pattern.compile("^(?:Mr\\.?|King|Prince|Sheikh|Emir|Sultan|Crown Prince)\\s");
    private static final Pattern FEMALE = Pattern.compile("^(?:Mrs\\.?|Ms\\.?|Miss|Madam|Queen|Princess)\\s");

    /**
     * True when [from, to) holds a capitalised two-word name that is no mention (a person we missed?),
     * except after a preposition of place ("in New York").
     */
    private static boolean unknownName(String text, List<NamedMention> named, int from, int to) {
        Matcher m = NAME_PAIR.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            if (PLACE_BEFORE.matcher(text.substring(Math.max(0, s - 8), s)).find()
                    || NOT_A_NAME.matcher(m.group()).find()) {
                continue; // "in New York"; "On Monday", "The President": no person
            }
            boolean covered = named.stream().anyMatch(o -> o.mention().start() <= s && e <= o.mention().end()
                    || (o.mention().start() < e && s < o.mention().end()));
            if (!covered) {
                return true;
            }
        }
        return false;
    }

    /** Absolute spans of the pattern's matches in a paragraph that no named mention overlaps. */
    static List<int[]> unnamedMatches(Pattern pattern, String para, Paragraph p, List<NamedMention> named) {
        List<int[]> out = new ArrayList<>();
        Matcher m = pattern.matcher(para);
        while (m.find()) {
            int at = p.start() + m.start();
            int end = p.start() + m.end();
            if (!NamedMention.overlaps(named, at, end)) {
                // how many parties the phrase speaks of: its number word, else two ("both sides", "the neighbours")
                int count = m.groupCount() > 0 ? PluralReferences.NUMBERS.indexOf(m.group(1).toLowerCase(java.util.Locale.ROOT)) + 2 : 2;
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
            if (ABBREVIATION.matcher(para.substring(Math.max(0, m.start() - 12), m.start() + 1)).find()) {
                continue; // "the U.S. election", "Mr. Wang", "Lloyd J. Austin": no sentence ends there
            }
            out.add(new int[] {offset + start, offset + m.end()});
            start = m.end();
        }
        if (start < para.length()) {
            out.add(new int[] {offset + start, offset + para.length()});
        }
        return out;
    }

    static int[] enclosing(List<int[]> sentences, int at) {
        for (int[] s : sentences) {
            if (at >= s[0] && at < s[1]) {
                return s;
            }
        }
        return sentences.get(sentences.size() - 1);
    }
}
