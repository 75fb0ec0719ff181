package io.toneline.analysis.actors;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word lists behind the actor heuristics, kept in one place so they are easy to review. */
final class Lexicon {

    private Lexicon() {
    }

    /**
     * Words that, after a demonym or country name, make the phrase name the state itself
     * ("Russian government", "US officials"). Lower case; matched ignoring case. Longest first.
     */
    static final List<String> GOVERNMENT_WORDS = longestFirst(List.of(
            "government", "administration", "officials", "official", "authorities", "forces", "armed forces",
            "troops", "military", "army", "navy", "air force", "ministry", "foreign ministry", "defence ministry",
            "defense ministry", "interior ministry", "finance ministry", "leadership", "regime", "diplomats",
            "diplomat", "embassy", "state media", "state television", "negotiators", "delegation", "cabinet",
            "envoy", "central bank", "security services", "intelligence", "parliament", "lawmakers", "side"));

    /**
     * Person titles. Matched ignoring case, except {@link #ABBREVIATED_TITLES}, which must match exactly
     * (optionally followed by a period). Longest first so "Prime Minister" beats "Minister".
     */
    static final List<String> TITLES = longestFirst(List.of(
            "Supreme Leader", "Crown Prince", "Minister of Foreign Affairs", "Minister of National Defense",
            "Minister of National Defence", "Minister of Defense", "Minister of Defence", "Secretary of Foreign Relations",
            "Foreign Policy Chief", "Head of State", "Intelligence Chief", "Army Chief", "Top Diplomat", "Chief Negotiator",
            "State Councilor", "State Councillor", "Official", "Lawmaker", "Negotiator", "Mediator", "Diplomat", "Adviser", "Advisor", "Counterpart", "Rebel Leader", "Rebel Commander", "Prime Minister", "First Minister", "Foreign Minister",
            "Foreign Affairs Minister", "Foreign Secretary", "Defence Minister", "Defense Minister",
            "Defence Secretary", "Defense Secretary", "Finance Minister", "Interior Minister", "Home Secretary",
            "Economy Minister", "Energy Minister", "Health Minister", "Justice Minister", "Trade Minister",
            "Secretary of State", "Secretary of Defense", "Treasury Secretary", "Secretary-General",
            "Secretary General", "Director-General", "Director General", "Attorney General",
            "National Security Adviser", "National Security Advisor", "Press Secretary", "Vice President",
            "Vice-President", "President-elect", "Chief of Staff", "Chief Executive", "Opposition Leader",
            "Majority Leader", "Minority Leader", "House Speaker", "Special Envoy", "Field Marshal",
            "Speaker", "President", "Premier", "Chancellor", "Minister", "Secretary", "Senator", "Representative",
            "Congressman", "Congresswoman", "Governor", "Mayor", "King", "Queen", "Prince", "Princess", "Emir",
            "Sheikh", "Sultan", "Pope", "Cardinal", "Archbishop", "Patriarch", "Ayatollah", "General", "Admiral",
            "Colonel", "Commander", "Marshal", "Ambassador", "Envoy", "Spokesperson", "Spokesman", "Spokeswoman",
            "Commissioner", "Chairman", "Chairwoman", "Leader", "Director", "Judge", "Rabbi", "Imam",
            "PM", "CEO", "Sen", "Rep", "Gov", "Gen", "Lt Gen", "Adm", "Col", "Mr", "Mrs", "Ms", "Miss", "Dr",
            "Sir", "Dame", "Lord"));

    /**
     * Titles (lower case, as a role) that English-language news gives without a state only to officials of the
     * United States; other states' holders are named with their state ("Britain's Foreign Secretary").
     */
    static final Set<String> US_ONLY_TITLES = set("secretary of state", "secretary of defense", "defense secretary",
            "treasury secretary", "deputy secretary of state", "assistant secretary of state",
            "under secretary of state", "white house press secretary");

    /**
     * Principal organs that act for their organisation: what the Security Council decides, the United Nations
     * decides (the annotation guideline's readers score the United Nations there). Gazetteer id to the
     * organisation's id; the organ stays an actor of its own, and the organisation's score is derived from it.
     */
    static final Map<String, String> ORGAN_OF = Map.of("un-security-council", "un", "un-general-assembly", "un",
            "un-secretariat", "un");

    /** The gazetteer id of the United States. */
    static final String UNITED_STATES = "united-states";

    /** State names that are also common given names or surnames ("Jordan Bardella", "Chad Smith"). */
    static final Set<String> NAME_LIKE_STATES = set("Chad", "Jordan", "Georgia", "Togo", "Lao");

    /** Titles that only match exactly as written. */
    static final Set<String> ABBREVIATED_TITLES = set(
            "PM", "CEO", "Sen", "Rep", "Gov", "Gen", "Lt Gen", "Adm", "Col", "Mr", "Mrs", "Ms", "Miss", "Dr",
            "Sir", "Dame", "Lord");

    /** Titles that say nothing of a role, lower case: never a role reference ("the mr"). */
    static final Set<String> HONORIFICS = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord");

    /** Words that may precede a title inside the mention ("Deputy Foreign Minister"). Lower case. */
    static final Set<String> TITLE_MODIFIERS = set("deputy", "acting", "interim", "vice", "chief", "senior");

    /** Words that may sit between an affiliation and a title but stay out of the mention. Lower case. */
    static final Set<String> PREFIX_SKIP = set(
            "former", "then", "late", "outgoing", "incoming", "new", "current", "ex", "foreign", "ministry",
            "defence", "defense", "interior", "finance", "deputy", "acting", "interim", "vice", "chief", "senior",
            "press", "government", "state");

    /** Lower-case particles allowed inside a person's name ("Mohammed bin Salman", "Ursula von der Leyen"). */
    static final Set<String> NAME_PARTICLES = set(
            "bin", "ibn", "al", "el", "de", "da", "do", "dos", "van", "von", "der", "den", "del", "della", "la",
            "le", "di", "du", "ter", "y");

    /** Generational suffixes that end a full name but are never the family name ("Lloyd J. Austin III"). */
    static final Set<String> NAME_SUFFIXES = set("Jr", "Sr", "II", "III", "IV");

    /** Titles that may be followed by a comma and then the name ("his Azeri counterpart, Ilham Aliyev"). Lower case. */
    static final Set<String> APPOSITIVE_TITLES = set("counterpart", "leader", "spokesman", "spokeswoman",
            "spokesperson", "official", "envoy", "negotiator", "adviser", "advisor", "ambassador");

    /** Surnames written first, so "Xi Jinping" is later "Xi" and "Wang Yi" is "Wang". */
    static final Set<String> SURNAME_FIRST = set(
            "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Hu", "Guo", "Ma",
            "Han", "Kim", "Park", "Moon", "Yoon", "Lee", "Choi", "Hun", "Nguyen", "Tran", "Pham", "Le");

    /**
     * Capitalised words that never start or continue a person's name: function words, days, months,
     * institution nouns and the verbs of Title Case headlines ("President Says ..."). Lower case.
     */
    static final Set<String> NOT_NAMES = set(
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his",
            "her", "its", "their", "our", "my", "your", "in", "on", "at", "of", "for", "and", "but", "or", "to",
            "from", "with", "by", "as", "after", "before", "when", "while", "if", "since", "during", "over", "about",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "assembly", "council", "committee", "office", "house", "department", "ministry", "government",
            "administration", "court", "party", "union", "parliament", "congress", "senate", "commission",
            "agency", "bank", "board", "staff", "motors", "electric", "election", "elections", "forces", "army",
            "navy", "military", "police", "state", "states", "general", "secretary", "minister", "president",
            "says", "said", "say", "warns", "visits", "meets", "calls", "urges", "vows", "slams", "hits", "backs",
            "rejects", "accuses", "denies", "announces", "signs", "resigns", "dies", "wins", "loses", "condemns",
            "tells", "told", "is", "was", "has", "had", "will", "would", "to", "not", "no", "yes", "also", "who",
            "what", "why", "how", "where", "which", "there", "here", "then", "now", "today", "yesterday",
            "tomorrow", "last", "next", "new", "old", "first", "second", "third", "former", "mr", "mrs", "ms", "dr",
            "spokesman", "spokeswoman", "spokesperson", "affairs", "security", "defence", "defense", "foreign",
            "press", "speaker", "leader", "chief", "chair", "chairman", "ambassador", "envoy", "prime", "vice",
            "deputy", "acting");

    /** Words after "the X" that mark X as the head of government ("the Biden administration"). Lower case. */
    static final List<String> PERSON_GOVERNMENT_WORDS = List.of("administration", "government", "regime", "cabinet");

    /** Capitalised words that are not leaders in "the X government" (parties, ideologies). Lower case. */
    static final Set<String> NOT_LEADERS = set(
            "labour", "conservative", "tory", "liberal", "democratic", "democrat", "republican", "socialist",
            "communist", "coalition", "federal", "military", "interim", "transitional", "new", "previous", "former",
            "national", "regional", "local", "provincial", "state", "central", "current", "caretaker", "unity",
            "green", "greens", "likud", "junta", "islamist", "nationalist", "populist", "minority", "majority",
            "trump-era", "soviet", "imperial", "tsarist", "colonial", "puppet", "separatist", "rebel");

    /**
     * Words that, after a bare demonym, show it is not an attributive adjective ("a Russian was arrested",
     * "spoke in Russian to reporters"). Lower case.
     */
    static final Set<String> NOT_AFTER_DEMONYM = set(
            "was", "is", "were", "are", "has", "had", "have", "who", "said", "says", "told", "in", "at", "on", "to",
            "from", "by", "for", "with", "as", "but", "than", "that", "which", "would", "will", "could");

    /** Like Set.of but tolerant of repeats, which are easy to introduce in long lists. */
    private static Set<String> set(String... words) {
        return Set.copyOf(List.of(words));
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
    }
}
