package io.toneline.analysis.actors;

import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.actors.gazetteer.GazetteerEntry;

import io.toneline.analysis.text.Chars;


import io.toneline.analysis.actors.AliasIndex.Hit;
import io.toneline.analysis.actors.Tokens.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds political actors in a text and every place each one is mentioned.
 *
 * <p>Detectors, each proposing candidate spans:
 * <ol>
 *   <li><b>Caller actors</b> ({@link ActorSpec}): name and aliases as whole words, ignoring case, except
 *       all-capital acronyms, which match exactly so that a spec "US" never matches the pronoun "us". A spec
 *       whose name is a gazetteer name ("Russia", "NATO") merges into that entry and adds its aliases; its
 *       strings that are already gazetteer names are left to the gazetteer's stricter rules.</li>
 *   <li><b>Gazetteer</b>: names, short forms, seats and demonyms, whole words, longest first; acronyms are
 *       case-sensitive, multiword names accept either case on their first letter, single words match as
 *       written. A name or demonym followed by a government word ("Russian government", "US officials")
 *       becomes one mention spanning both. A bare demonym used attributively before another word
 *       ("Russian oil", "Chinese exports", "Russian-backed") also counts as a mention of the state: in
 *       political news such adjectives nearly always express the state acting; it does not count before
 *       verbs and prepositions ("a Russian was detained", "in Russian") or at the end of a sentence. The
 *       plural noun of a demonym in -an or -i ("the Palestinians", "Saudis") names the state's side.</li>
 *   <li><b>People</b> ({@link PersonFinder}): a title and a capitalised name. The mention starts at an
 *       affiliation right before the title, so "Russian President Vladimir Putin" is one PERSON mention with
 *       affiliation {@code russia}, and is not also a mention of Russia. Later "Putin", "Mr Putin" or
 *       "Vladimir Putin" resolve to the same person; a possessive "Putin's" yields the mention "Putin".
 *       "Putin's government" and "the Biden administration" mention the person's state when known.</li>
 *   <li><b>Organisations</b> ({@link OrgFinder}): capitalised names ending in an organisation word.</li>
 * </ol>
 * Caller candidates are placed first; then the longest candidate wins, ties going to the gazetteer, then
 * people, then organisations. Mentions therefore never overlap.
 *
 * <p>With {@code rollUpToStates}, people and government bodies that have an affiliation are folded into
 * their state or organisation: their mentions move there and they are not reported themselves.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ActorFinder {

    /** Acronyms that are also English words once lower-cased. */
    private static final Set<String> AMBIGUOUS_ACRONYMS = Set.of("US", "WHO");

    private final Gazetteer gazetteer;
    private final AliasIndex<GazetteerRef> gazetteerIndex = new AliasIndex<>();
    private final Set<String> gazetteerNames = new HashSet<>();
    private final PersonFinder people;
    private final OrgFinder orgs = new OrgFinder();

    /**
     * Builds the finder and indexes the gazetteer.
     *
     * @param gazetteer states and organisations to recognise
     */
    public ActorFinder(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer);
        Set<String> singleWords = new HashSet<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            for (String name : e.names()) {
                addGazetteerAlias(name, new GazetteerRef(e, false));
                gazetteerNames.add(name);
            }
            for (String d : e.demonyms()) {
                addGazetteerAlias(d, new GazetteerRef(e, true));
                if (e.type() == ActorType.COUNTRY && d.matches("\\p{Lu}\\p{L}+(?:an|i)")) {
                    // "the Palestinians", "Saudis and Emiratis": the plural noun names the side, like the state
                    addGazetteerAlias(d + "s", new GazetteerRef(e, false));
                }
            }
            for (String a : e.names()) {
                singleWords.add(a.replaceFirst("^the ", ""));
            }
            singleWords.addAll(e.demonyms());
        }
        for (String phrase : gazetteer.ignoredPhrases()) {
            addGazetteerAlias(phrase, new GazetteerRef(null, false));
        }
        this.people = new PersonFinder(Set.copyOf(singleWords));
    }

    /** @return a resolver of references that are not names, on this finder's gazetteer */
    public ReferenceResolver references() {
        return new ReferenceResolver(gazetteer);
    }

    private void addGazetteerAlias(String alias, GazetteerRef ref) {
        // a demonym of two words is written as listed: "the central African neighbours" is no Central African
        // Republic, "south Sudanese" no South Sudan
        AliasIndex.CaseRule rule = ref.demonym() && alias.indexOf(' ') > 0 ? AliasIndex.CaseRule.EXACT
                : AliasIndex.defaultRule(alias);
        gazetteerIndex.add(alias, ref, rule);
        if (alias.startsWith("the ")) {
            String bare = alias.substring(4);
            gazetteerIndex.add(bare, ref, AliasIndex.defaultRule(bare));
        }
    }

    /**
     * Finds actors and their mentions.
     *
     * @param text the text to search; offsets in the result index it
     * @param callerActors extra actors to look for; may be null or empty
     * @param rollUpToStates fold affiliated people and government bodies into their state or organisation
     * @return actors sorted by first mention; caller actors never mentioned come last, in spec order
     */
    public List<Actor> find(String text, List<ActorSpec> callerActors, boolean rollUpToStates) {
        if (text == null) {
            text = "";
        }
        String view = Tokens.view(text);
        List<Token> tokens = Tokens.of(view);
        ActorDraft.Registry registry = new ActorDraft.Registry();

        List<Candidate> callers = callerCandidates(view, callerActors == null ? List.of() : callerActors, registry);
        List<Hit<GazetteerRef>> gazHits = gazetteerIndex.scan(view);
        List<Candidate> others = new ArrayList<>();
        for (Hit<GazetteerRef> h : gazHits) {
            Candidate c = gazetteerCandidate(view, h, registry);
            if (c != null) {
                others.add(c);
            }
        }
        others.addAll(people.find(view, tokens, gazHits, registry));
        // movements the article introduces first: a name it introduces as a movement beats the same span read
        // as a plain organisation (the stable sort below keeps this order among equals), and the state's
        // rebels and opposition that GroupFinder names by description lead to it
        others.addAll(MovementNames.find(view, gazHits, registry));
        others.addAll(orgs.find(view, tokens, gazHits, registry));
        others.addAll(GroupFinder.find(view, gazHits, registry));

        boolean[] taken = new boolean[text.length()];
        callers.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start));
        others.sort(Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::tier)
                .thenComparingInt(Candidate::start));
        List<Candidate> ordered = new ArrayList<>(callers);
        ordered.addAll(others);
        for (Candidate c : ordered) {
            if (isFree(taken, c)) {
                for (int i = c.start(); i < c.end(); i++) {
                    taken[i] = true;
                }
                if (c.target() != null) {
                    c.target().mentions.add(new Mention(c.start(), c.end(), text.substring(c.start(), c.end())));
                }
            }
        }
        if (rollUpToStates) {
            rollUp(registry);
        }
        return assemble(registry);
    }

    private List<Candidate> callerCandidates(String view, List<ActorSpec> specs, ActorDraft.Registry registry) {
        AliasIndex<ActorDraft> index = new AliasIndex<>();
        int order = 0;
        for (ActorSpec spec : specs) {
            GazetteerEntry entry = gazetteer.lookup(spec.name()).orElse(null);
            ActorDraft draft = entry != null ? registry.gazetteer(entry) : registry.caller(spec.name().strip());
            draft.order = Math.min(draft.order, order++);
            List<String> strings = new ArrayList<>();
            strings.add(spec.name());
            strings.addAll(spec.aliases());
            for (String s : strings) {
                String alias = s.strip();
                if (alias.isEmpty()) {
                    continue;
                }
                draft.declared.add(alias);
                if (entry == null || !entry.names().contains(alias)) {
                    boolean acronym = alias.chars().noneMatch(Character::isLowerCase)
                            && alias.chars().anyMatch(Character::isLetter) && alias.length() <= 6;
                    index.add(alias, draft, acronym ? AliasIndex.CaseRule.EXACT : AliasIndex.CaseRule.IGNORE);
                }
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Hit<ActorDraft> h : index.scan(view)) {
            out.add(new Candidate(h.start(), h.end(), Candidate.CALLER, h.value()));
        }
        return out;
    }

    /** Turns a gazetteer hit into a candidate, extending it over a government word. */
    private static Candidate gazetteerCandidate(String view, Hit<GazetteerRef> h, ActorDraft.Registry registry) {
        GazetteerRef ref = h.value();
        if (ref.entry() == null) {
            return new Candidate(h.start(), h.end(), Candidate.GAZETTEER, null); // shadowing phrase
        }
        if (AMBIGUOUS_ACRONYMS.contains(h.alias()) && shouting(view, h.start(), h.end())) {
            return null; // "TRUMP TELLS US": in all-caps text "US" is as likely the pronoun
        }
        if (Lexicon.NAME_LIKE_STATES.contains(h.alias()) && partOfAPersonsName(view, h.start(), h.end())) {
            return null; // "Jordan Bardella", "Michael Jordan", "Chad Smith"
        }
        ActorDraft target = registry.gazetteer(ref.entry());
        int govEnd = governmentWordEnd(view, h.end());
        if (govEnd > 0) {
            return new Candidate(h.start(), govEnd, Candidate.GAZETTEER, target);
        }
        if (ref.demonym() && (!attributive(view, h.end()) && !peopleOfTheState(view, h.start(), h.alias())
                || view.startsWith("-based", h.end()))) {
            return null; // "the British-based Syrian Observatory" is no side of Britain
        }
        return new Candidate(h.start(), h.end(), Candidate.GAZETTEER, target);
    }

    /**
     * "The Chinese, however, are not getting relief", "the Japanese have said": a demonym that is its own
     * plural (Chinese, Japanese, French, British, Swiss), after "the", names the state's side.
     */
    private static boolean peopleOfTheState(String view, int start, String demonym) {
        int end = start + demonym.length();
        return demonym.matches(".*(?:ese|ch|sh|ss)") && view.substring(Math.max(0, start - 4), start).matches("(?i)the ")
                && !view.startsWith("-based", end);
    }

    /**
     * True when a name-like state name sits inside a person's name: followed by a capitalised word, or
     * preceded by one that does not start the sentence.
     */
    private static boolean partOfAPersonsName(String view, int start, int end) {
        java.util.regex.Matcher after = NEXT_WORD.matcher(view).region(end, view.length());
        if (after.lookingAt() && Character.isUpperCase(after.group(1).charAt(0))
                && !Lexicon.GOVERNMENT_WORDS.contains(after.group(1).toLowerCase(Locale.ROOT))
                && !Lexicon.NOT_NAMES.contains(after.group(1).toLowerCase(Locale.ROOT))
                && !Lexicon.TITLES.contains(after.group(1))) {
            return true;
        }
        String before = view.substring(Math.max(0, start - 30), start);
        java.util.regex.Matcher prev = PREVIOUS_WORD.matcher(before);
        return prev.find() && !before.substring(0, prev.start()).stripTrailing().matches("(?s).*[.!?:\"“]$|")
                && !Lexicon.TITLES.contains(prev.group(1))
                && !Lexicon.NOT_NAMES.contains(prev.group(1).toLowerCase(Locale.ROOT));
    }

    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile(" (\\p{L}+)");
    private static final java.util.regex.Pattern PREVIOUS_WORD =
            java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+) $");

    /** True when the words on both sides of [start, end) are written in capitals. */
    private static boolean shouting(String view, int start, int end) {
        String before = view.substring(Math.max(0, start - 12), start).strip();
        String after = view.substring(end, Math.min(view.length(), end + 12)).strip();
        return isCapsWord(before, true) && isCapsWord(after, false);
    }

    private static boolean isCapsWord(String s, boolean last) {
        String[] words = s.split("[^\\p{L}]+");
        if (words.length == 0) {
            return false;
        }
        String w = last ? words[words.length - 1] : words[0];
        return w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
    }

    /** End of a government word right after {@code end} ("government", "foreign ministry"), or -1. */
    private static int governmentWordEnd(String view, int end) {
        int w = skipGap(view, end);
        if (w < 0) {
            return -1;
        }
        for (String word : Lexicon.GOVERNMENT_WORDS) {
            int wordEnd = w + word.length();
            if (view.regionMatches(true, w, word, 0, word.length())
                    && (wordEnd == view.length() || !Tokens.isWordChar(view.charAt(wordEnd)))) {
                return wordEnd;
            }
        }
        return -1;
    }

    /** True when a demonym ending at {@code end} modifies a following word ("Russian oil", "Russian-backed"). */
    private static boolean attributive(String view, int end) {
        if (end + 1 < view.length() && view.charAt(end) == '-' && Character.isLetter(view.charAt(end + 1))) {
            return true;
        }
        int w = skipGap(view, end);
        if (w < 0 || !Character.isLetter(view.charAt(w))) {
            return false;
        }
        int e = w;
        while (e < view.length() && Tokens.isWordChar(view.charAt(e))) {
            e++;
        }
        return !Lexicon.NOT_AFTER_DEMONYM.contains(view.substring(w, e).toLowerCase(Locale.ROOT));
    }

    /** Offset of the next word after plain whitespace, or -1 when punctuation or a blank line intervenes. */
    private static int skipGap(String view, int end) {
        int w = end;
        while (w < view.length() && Chars.isSpace(view.charAt(w))) {
            w++;
        }
        if (w == end || w == view.length() || !Tokens.isPlainGap(view.substring(end, w))) {
            return -1;
        }
        return w;
    }

    private static boolean isFree(boolean[] taken, Candidate c) {
        for (int i = c.start(); i < c.end(); i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param id a gazetteer id
     * @return the state or organisation with that id as an actor without mentions, for actors that an
     *     article names only through the people who act for them
     */
    public java.util.Optional<Actor> gazetteerActor(String id) {
        return gazetteer.byId(id).map(e -> new Actor(e.id(), e.name(), e.type(), e.iso(), List.of(e.name()), null,
                List.of(), List.of()));
    }

    private void rollUp(ActorDraft.Registry registry) {
        for (ActorDraft d : registry.all()) {
            if (d.affiliation == null || d.mentions.isEmpty() || d.id.equals(d.affiliation)) {
                continue;
            }
            GazetteerEntry entry = gazetteer.byId(d.affiliation).orElse(null);
            if (entry == null) {
                continue;
            }
            registry.gazetteer(entry).mentions.addAll(d.mentions);
            registry.remove(d.id);
        }
    }

    private List<Actor> assemble(ActorDraft.Registry registry) {
        List<ActorDraft> drafts = new ArrayList<>();
        for (ActorDraft d : registry.all()) {
            if (!d.mentions.isEmpty() || d.order != Integer.MAX_VALUE) {
                d.mentions.sort(Comparator.comparingInt(Mention::start));
                drafts.add(d);
            }
        }
        drafts.sort(Comparator.comparingInt((ActorDraft d) -> d.mentions.isEmpty() ? Integer.MAX_VALUE
                : d.mentions.get(0).start()).thenComparingInt(d -> d.order).thenComparing(d -> d.id));
        List<Actor> out = new ArrayList<>(drafts.size());
        for (ActorDraft d : drafts) {
            Set<String> aliases = new LinkedHashSet<>();
            d.mentions.forEach(m -> aliases.add(m.text().replaceAll("\\s+", " ")));
            aliases.addAll(d.declared);
            out.add(new Actor(d.id, d.name, d.type, gazetteer.byId(d.id).map(GazetteerEntry::iso).orElse(null),
                    new ArrayList<>(aliases), d.affiliation, new ArrayList<>(d.roles), d.mentions));
        }
        return out;
    }
}
