package io.toneline.analysis.actors;

import io.toneline.analysis.text.Chars;


import io.toneline.analysis.actors.AliasIndex.Hit;
import io.toneline.analysis.actors.Tokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds people: a title followed by one to four capitalised words ("President Vladimir Putin", "Mr Putin"),
 * optionally preceded by an affiliation ("Russian", "China's", "NATO", "Kremlin"), then every later use of
 * the full name or surname, and "the Biden administration" / "Putin's government" phrases.
 */
final class PersonFinder {

    private static final int MAX_NAME_WORDS = 4;

    /** A person as gathered from the text; names merge when they share a surname and a first name. */
    private static final class Person {
        final List<String> tokens;
        String affiliation;
        int affiliationAt = Integer.MAX_VALUE;
        final Set<String> roles = new LinkedHashSet<>();

        Person(List<String> tokens) {
            this.tokens = tokens;
        }

        String full() {
            return String.join(" ", tokens);
        }

        String surname() {
            if (tokens.size() > 1 && Lexicon.SURNAME_FIRST.contains(tokens.get(0))) {
                return tokens.get(0);
            }
            // "Lloyd J. Austin III" is later "Austin": a generational suffix is not the family name
            int last = tokens.size() - 1;
            while (last > 0 && Lexicon.NAME_SUFFIXES.contains(tokens.get(last))) {
                last--;
            }
            return tokens.get(last);
        }
    }

    /** A title phrase found in the text. */
    private record Occurrence(int start, int end, List<String> name, String affiliation, String role) {
    }

    private static final KnownOfficials KNOWN = KnownOfficials.load();

    private final Set<String> gazetteerWords;
    private final TitleMatcher titles = new TitleMatcher();

    /** @param gazetteerWords single-word gazetteer names and demonyms, which cannot start a person's name */
    PersonFinder(Set<String> gazetteerWords) {
        this.gazetteerWords = gazetteerWords;
    }

    /** Person candidates for one text; drafts are created in {@code registry}. */
    List<Candidate> find(String view, List<Token> tokens, List<Hit<GazetteerRef>> gazHits,
            ActorDraft.Registry registry) {
        Map<Integer, Hit<GazetteerRef>> hitsByEnd = new HashMap<>();
        Set<Integer> namedThingStarts = new java.util.HashSet<>();
        for (Hit<GazetteerRef> h : gazHits) {
            if (h.value().entry() != null) {
                hitsByEnd.put(h.end(), h);
                if (h.value().entry().type() != ActorType.PERSON) {
                    namedThingStarts.add(h.start());
                }
            }
        }
        List<Occurrence> occurrences = titled(view, tokens, hitsByEnd, namedThingStarts);
        People found = new People();
        List<Person> people = found.all;
        Map<Occurrence, Person> owner = new HashMap<>();
        // full names first, so that a lone "Putin" can join "Vladimir Putin" wherever it appears
        for (boolean multi : new boolean[] {true, false}) {
            for (Occurrence o : occurrences) {
                if ((o.name().size() > 1) == multi) {
                    owner.put(o, resolve(found, o.name()));
                }
            }
        }
        for (Occurrence o : occurrences) {
            Person p = owner.get(o);
            if (o.role() != null) {
                p.roles.add(o.role());
            }
            if (o.affiliation() != null && o.start() < p.affiliationAt) {
                p.affiliation = o.affiliation();
                p.affiliationAt = o.start();
            }
        }
        for (Person p : people) {
            if (p.affiliation == null && p.roles.stream().anyMatch(Lexicon.US_ONLY_TITLES::contains)) {
                // "Secretary of State Hillary Clinton": a title only the United States gives, named without a state
                p.affiliation = Lexicon.UNITED_STATES;
            }
            if (p.affiliation == null) {
                p.affiliation = KNOWN.stateOf(p.tokens, p.roles); // "President Joe Biden"
            }
        }
        leadersOfUnknownGovernments(tokens, found);
        completeSurnames(tokens, people);

        Map<Person, ActorDraft> drafts = new HashMap<>();
        AliasIndex<Person> names = new AliasIndex<>();
        Map<String, Integer> givenNames = new HashMap<>();
        people.forEach(p -> givenNames.merge(givenName(p), 1, Integer::sum));
        NameVariants.Index capitalised = NameVariants.index(tokens,
                t -> isNameWord(t, true) && !gazetteerWords.contains(t.text()));
        for (Person p : people) {
            ActorDraft draft = registry.person(p.full(), p.affiliation);
            draft.roles.addAll(p.roles);
            drafts.put(p, draft);
            names.add(p.full(), p, AliasIndex.CaseRule.EXACT);
            names.add(p.surname(), p, AliasIndex.CaseRule.EXACT);
            String bare = particleName(p.surname());
            if (bare != null && !gazetteerWords.contains(bare)) {
                names.add(bare, p, AliasIndex.CaseRule.EXACT); // "al-Assad" ... "Assad said"
            }
            if (p.tokens.size() > 2) {
                names.add(p.tokens.get(0) + " " + p.tokens.get(p.tokens.size() - 1), p, AliasIndex.CaseRule.EXACT);
            }
            String given = givenName(p);
            // "Abiy Ahmed" ... "Abiy said": the given name alone, when nobody else in the article shares it
            if (given != null && givenNames.get(given) == 1 && given.length() >= 3 && !gazetteerWords.contains(given)
                    && !titles.isTitleWord(given)) {
                names.add(given, p, AliasIndex.CaseRule.EXACT);
            }
            for (String variant : NameVariants.accepted(p.surname(), given, capitalised, titles::isTitleWord)) {
                names.add(variant, p, AliasIndex.CaseRule.EXACT);
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            out.add(new Candidate(o.start(), o.end(), Candidate.PERSON, drafts.get(owner.get(o))));
        }
        for (Hit<Person> h : names.scan(view)) {
            ActorDraft person = drafts.get(h.value());
            out.add(new Candidate(h.start(), h.end(), Candidate.PERSON, person));
            int[] gov = governmentPhrase(view, h.start(), h.end());
            if (gov != null) {
                // "Putin's government" speaks of the state when we know which one
                ActorDraft state = person.affiliation != null ? registry.get(person.affiliation) : null;
                ActorDraft target = state != null ? state : person;
                out.add(new Candidate(gov[0], gov[1], Candidate.PERSON, target));
            }
        }
        return out;
    }

    /** Finds title phrases left to right. */
    private List<Occurrence> titled(String view, List<Token> tokens, Map<Integer, Hit<GazetteerRef>> hitsByEnd,
            Set<Integer> namedThingStarts) {
        List<Occurrence> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int first = i;
            // "deputy foreign minister": past the modifiers, unless the modifier starts a title ("chief executive")
            while (titles.match(tokens, first) < 0 && first < tokens.size() - 1
                    && Lexicon.TITLE_MODIFIERS.contains(lower(tokens.get(first))) && tokens.get(first + 1).joined()) {
                first++;
            }
            int titleEnd = titles.match(tokens, first);
            if (titleEnd < 0) {
                i++;
                continue;
            }
            List<String> name = new ArrayList<>();
            int k = titleEnd;
            int nameEnd = -1;
            while (k < tokens.size() && name.size() < MAX_NAME_WORDS + 2) {
                Token t = tokens.get(k);
                Token prev = tokens.get(k - 1);
                boolean gapOk = prev.possessive() ? false
                        : (k == titleEnd || isInitial(prev)) ? t.joinedAfterDot() || appositive(prev, t, k == titleEnd)
                        : t.joined();
                if (!gapOk) {
                    break;
                }
                boolean particle = !name.isEmpty() && Lexicon.NAME_PARTICLES.contains(t.text());
                if (!particle && !isNameWord(t, name.isEmpty())) {
                    break;
                }
                name.add(t.text());
                if (!particle) {
                    nameEnd = k;
                }
                k++;
            }
            if (nameEnd < 0 || namedThingStarts.contains(tokens.get(titleEnd).start())
                    || OrgFinder.agencyAt(view, tokens.get(titleEnd).start())) {
                // "the official Xinhua news agency": an organisation the gazetteer knows is nobody's name
                i = titleEnd;
                continue;
            }
            List<String> kept = NameShapes.capitalisedOnce(name.subList(0, nameEnd - titleEnd + 1));
            long capitalised = kept.stream().filter(w -> !Lexicon.NAME_PARTICLES.contains(w)).count();
            if (capitalised > MAX_NAME_WORDS) {
                i = nameEnd + 1;
                continue;
            }
            if (NameShapes.headlineOnly(view, tokens.get(titleEnd).start(), tokens.get(nameEnd).end())
                    && !NameShapes.signature(view, tokens.get(i).start(), tokens.get(nameEnd).end(), kept)) {
                i = nameEnd + 1;
                continue;
            }
            Hit<GazetteerRef> affiliation = affiliationBefore(tokens, i, hitsByEnd);
            int start = affiliation != null ? affiliation.start() : tokens.get(i).start();
            out.add(new Occurrence(start, tokens.get(nameEnd).end(), List.copyOf(kept),
                    affiliation != null ? affiliation.value().entry().id() : null, role(view, tokens, i, titleEnd)));
            i = nameEnd + 1;
        }
        // "Markus Loening, Germany's highest ranking envoy": the title after the name
        for (AppositivePeople.Found f : AppositivePeople.find(view, tokens, hitsByEnd, titles, this::isNameWord)) {
            if (out.stream().noneMatch(o -> o.start() < f.end() && f.start() < o.end())) {
                out.add(new Occurrence(f.start(), f.end(), f.name(), f.affiliation(), f.role()));
            }
        }
        // "the late Hugo Chavez": a listed office holder's whole name, without a title. The occurrences so far do
        // not overlap each other, so the one starting last before a name's end is the only one it can overlap.
        java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
        out.forEach(o -> taken.put(o.start(), o.end()));
        for (int t = 0; t < tokens.size(); t++) {
            int end = KNOWN.fullNameAt(tokens, t);
            if (end < 0) {
                continue;
            }
            int s = tokens.get(t).start();
            int e = tokens.get(end - 1).end();
            Map.Entry<Integer, Integer> before = taken.floorEntry(e - 1);
            if (!namedThingStarts.contains(s) && (before == null || before.getValue() <= s)) {
                out.add(new Occurrence(s, e, tokens.subList(t, end).stream().map(Token::text).toList(), null, null));
                taken.put(s, e);
            }
            t = end - 1;
        }
        return out;
    }

    /** "his Thai counterpart, Kasit Piromya": a comma between a relational title and the name. */
    private static boolean appositive(Token title, Token name, boolean rightAfterTitle) {
        return rightAfterTitle && Lexicon.APPOSITIVE_TITLES.contains(lower(title)) && name.sepBefore().equals(", ");
    }

    /** The title as a role, lower case ("deputy foreign minister"); null for honorifics such as "Mr". */
    private static String role(String view, List<Token> tokens, int from, int to) {
        String title = view.substring(tokens.get(from).start(), tokens.get(to - 1).end())
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Lexicon.HONORIFICS.contains(title) ? null : title;
    }

    /** A gazetteer hit ending right before the title, possibly across words like "former" or "Foreign Ministry". */
    private static Hit<GazetteerRef> affiliationBefore(List<Token> tokens, int titleStart,
            Map<Integer, Hit<GazetteerRef>> hitsByEnd) {
        int k = titleStart;
        for (int skipped = 0; k > 0 && skipped <= 3; skipped++) {
            Token t = tokens.get(k);
            Token prev = tokens.get(k - 1);
            if (!t.joinedAfterDot()) {
                return null;
            }
            // "U.S. Secretary": the alias ends with the period that follows the last token
            Hit<GazetteerRef> hit = t.joined() ? hitsByEnd.get(prev.end()) : hitsByEnd.get(prev.end() + 1);
            if (hit != null) {
                return hit;
            }
            if (!t.joined() || prev.possessive() || !Lexicon.PREFIX_SKIP.contains(lower(prev))) {
                return null;
            }
            k--;
        }
        return null;
    }

    private boolean isNameWord(Token t, boolean first) {
        String s = t.text();
        if (!first && particleName(s) != null) {
            return true; // "Bashar al-Assad", "Abdel Fattah el-Sisi"
        }
        if (!t.capitalised() || Lexicon.NOT_NAMES.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (first && gazetteerWords.contains(s)) {
            return false;
        }
        return s.length() > 1 || !first; // a lone initial cannot start a name
    }

    /** "Assad" for "al-Assad" (a name particle, a hyphen, a capitalised name); null for other words. */
    static String particleName(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash + 1 >= word.length() || !Character.isUpperCase(word.codePointAt(dash + 1))) {
            return null;
        }
        return Lexicon.NAME_PARTICLES.contains(word.substring(0, dash)) ? word.substring(dash + 1) : null;
    }

    private static boolean isInitial(Token t) {
        return t.text().length() == 1 && t.capitalised();
    }

    /** Finds the person for a name, or registers a new one. */
    private static Person resolve(People people, List<String> name) {
        return people.resolve(name);
    }

    /**
     * The people of one text, indexed so that finding the person a name refers to costs O(1): a text of
     * thousands of titled names ("President Xxx Yyy said." repeated) must stay linear.
     */
    private static final class People {
        final List<Person> all = new ArrayList<>();
        private final Map<String, Person> byFull = new HashMap<>();
        private final Map<String, Person> bySurname = new HashMap<>();
        private final Map<String, Person> byFirstAndLast = new HashMap<>();

        /** The first person (in order of appearance) the name fits, or a new one. */
        Person resolve(List<String> name) {
            String full = String.join(" ", name);
            Person p = byFull.get(full);
            if (p != null) {
                return p;
            }
            String last = name.get(name.size() - 1);
            p = name.size() == 1 ? first(bySurname.get(last), byFull.get(last))
                    : byFirstAndLast.get(name.get(0) + " " + last);
            if (p != null) {
                return p;
            }
            p = new Person(new ArrayList<>(name));
            all.add(p);
            byFull.putIfAbsent(p.full(), p);
            bySurname.putIfAbsent(p.surname(), p);
            byFirstAndLast.putIfAbsent(p.tokens.get(0) + " " + p.tokens.get(p.tokens.size() - 1), p);
            return p;
        }

        private Person first(Person a, Person b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return all.indexOf(a) <= all.indexOf(b) ? a : b;
        }
    }

    /** "President Putin ... Vladimir Putin": a person known by surname only gains the first name seen before it. */
    private void completeSurnames(List<Token> tokens, List<Person> people) {
        Map<String, List<Integer>> at = new HashMap<>(); // where each word occurs: linear, however many people
        for (int i = 1; i < tokens.size(); i++) {
            at.computeIfAbsent(tokens.get(i).text(), k -> new ArrayList<>()).add(i);
        }
        for (Person p : people) {
            if (p.tokens.size() != 1) {
                continue;
            }
            for (int i : at.getOrDefault(p.tokens.get(0), List.of())) {
                Token first = tokens.get(i - 1);
                Token last = tokens.get(i);
                if (last.joined() && !first.possessive()
                        && isNameWord(first, true) && !titles.isTitleWord(first.text())) {
                    p.tokens.add(0, first.text());
                    break;
                }
            }
        }
    }

    /** The given name of a person named with two or more words, or null ("Xi Jinping" has none: surname first). */
    private static String givenName(Person p) {
        if (p.tokens.size() < 2 || Lexicon.SURNAME_FIRST.contains(p.tokens.get(0))) {
            return null;
        }
        return p.tokens.get(0);
    }

    /** "the Trump administration" with no Trump seen yet: Trump is a person. */
    private void leadersOfUnknownGovernments(List<Token> tokens, People people) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token the = tokens.get(i);
            Token name = tokens.get(i + 1);
            Token word = tokens.get(i + 2);
            if (the.text().equalsIgnoreCase("the") && name.joined() && word.joined() && !name.possessive()
                    && (word.text().equals("administration") || word.text().equals("regime"))
                    && isNameWord(name, true) && !gazetteerWords.contains(name.text())
                    && !Lexicon.NOT_LEADERS.contains(lower(name))) {
                resolve(people, List.of(name.text()));
            }
        }
    }

    /** [start, end) of "the NAME government" or "NAME's government" around a name hit, or null. */
    private static int[] governmentPhrase(String view, int start, int end) {
        int after = end;
        boolean possessive = view.startsWith("'s", end);
        if (possessive) {
            after += 2;
        }
        int wordStart = after;
        while (wordStart < view.length() && Chars.isSpace(view.charAt(wordStart))) {
            wordStart++;
        }
        if (wordStart == after || !Tokens.isPlainGap(view.substring(after, wordStart))) {
            return null;
        }
        for (String w : Lexicon.PERSON_GOVERNMENT_WORDS) {
            int wordEnd = wordStart + w.length();
            if (view.startsWith(w, wordStart)
                    && (wordEnd == view.length() || !Tokens.isWordChar(view.charAt(wordEnd)))) {
                if (possessive) {
                    return new int[] {start, wordEnd};
                }
                int theStart = start - 4;
                if (theStart >= 0 && view.regionMatches(true, theStart, "the ", 0, 4)
                        && (theStart == 0 || !Tokens.isWordChar(view.charAt(theStart - 1)))) {
                    return new int[] {theStart, wordEnd};
                }
                return null;
            }
        }
        return null;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
