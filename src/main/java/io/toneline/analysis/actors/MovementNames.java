package io.toneline.analysis.actors;

import io.toneline.analysis.actors.AliasIndex.Hit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Movements and parties that no gazetteer lists, learnt from how the article introduces them:
 * "Mozambique's former rebel group, Renamo, says ...", "the ruling Frelimo party", "the rebel M23
 * movement", "Libya's rebel Transitional National Council" (then also the article's "Libyan
 * opposition" and "Libyan rebels"). The name so introduced is then an actor wherever the article uses it ("Renamo officials",
 * "fought Frelimo"). A movement of arms (rebel, militant, insurgent ...) gets a {@code group-} id, so that
 * "the rebels" can resolve to it as the article's one movement; a party of government or opposition an
 * {@code org-} id. The introducing phrase is required: a capitalised word alone names nobody. Names the
 * gazetteer knows ("the militant Hamas group") are left to it. Pure and thread-safe.
 */
final class MovementNames {

    private static final String NAME = "(\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s\\p{Lu}[\\p{L}\\p{N}'’-]*){0,3})";
    private static final String ARMED = "rebel|former rebel|militant|armed|guerrilla|guerilla|insurgent|separatist"
            + "|jihadist|Islamist|extremist|paramilitary";
    private static final String CIVIL = "ruling|governing|opposition|main opposition|political";

    /** "rebel group, Renamo," / "opposition party, the Justice Party,". */
    private static final Pattern APPOSITION = Pattern.compile("\\b(" + ARMED + "|" + CIVIL + ")\\s+"
            + "(?:group|movement|party|faction|militia|organi[sz]ation|alliance|coalition),\\s+(?:the\\s+)?" + NAME
            + "(?=[,(]|\\s+\\()");
    /** "the ruling Frelimo party", "the rebel M23 movement". */
    private static final Pattern EMBEDDED = Pattern.compile("\\b[Tt]he\\s+(" + ARMED + "|" + CIVIL + ")\\s+" + NAME
            + "\\s+(?:group|movement|party|faction|militia|organi[sz]ation|alliance|coalition|rebels|fighters)\\b");
    /**
     * "Libya's rebel Transitional National Council", "the Libyan rebel National Liberation Army": a state, an
     * armed word and a name that ends as a body does. The movement is then that state's rebels and opposition.
     */
    private static final Pattern STATE_ARMED_BODY = Pattern.compile("\\b(" + ARMED + ")\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s){0,3}"
            + "(?:Council|Front|Army|Movement|Alliance|Coalition|Committee|Union|Brigades?))\\b");
    /** What news calls a state's movement by description (as {@link GroupFinder} names them). */
    private static final List<String> DESCRIPTIONS = List.of("opposition", "rebels", "insurgents", "separatists",
            "militants", "guerrillas");
    private static final Set<String> CIVIL_WORDS = Set.of(CIVIL.split("\\|"));

    private MovementNames() {
    }

    /**
     * @param view the text prepared for matching
     * @param gazHits the gazetteer's hits in it
     * @param registry where the actors' drafts are made
     * @return a candidate for every use of every name the article introduces as a movement or party
     */
    static List<Candidate> find(String view, List<Hit<GazetteerRef>> gazHits, ActorDraft.Registry registry) {
        Map<String, Boolean> names = new LinkedHashMap<>(); // name -> armed
        for (Pattern p : List.of(APPOSITION, EMBEDDED)) {
            Matcher m = p.matcher(view);
            while (m.find()) {
                String name = m.group(2);
                if (known(gazHits, m.start(2), m.end(2)) || !plausible(name) || namedBefore(view, m.start(1))) {
                    continue;
                }
                boolean armed = !CIVIL_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT));
                names.merge(name, armed, Boolean::logicalOr);
            }
        }
        Map<String, String> stateOf = new LinkedHashMap<>(); // name -> demonym of the state it fights in
        Map<Integer, Hit<GazetteerRef>> statesByEnd = new java.util.HashMap<>();
        for (Hit<GazetteerRef> h : gazHits) {
            if (h.value().entry() != null && h.value().entry().type() == ActorType.COUNTRY) {
                statesByEnd.put(h.end(), h);
            }
        }
        Matcher body = STATE_ARMED_BODY.matcher(view);
        while (body.find()) {
            String demonym = stateBefore(view, statesByEnd, body.start(1));
            if (demonym != null && !known(gazHits, body.start(2), body.end(2)) && plausible(body.group(2))) {
                names.merge(body.group(2), true, Boolean::logicalOr);
                stateOf.putIfAbsent(body.group(2), demonym);
            }
        }
        List<Candidate> out = new ArrayList<>();
        names.forEach((name, armed) -> {
            ActorDraft draft = armed ? registry.group(GroupFinder.ID_PREFIX, name) : registry.org(name, null);
            String demonym = stateOf.get(name);
            if (demonym != null && armed) {
                // "the Libyan opposition", "Libyan rebels" in the same article are this movement
                DESCRIPTIONS.forEach(d -> registry.alias(GroupFinder.ID_PREFIX + Slugs.of(demonym + " " + d), draft));
            }
            Matcher use = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
                    .matcher(view);
            while (use.find()) {
                out.add(new Candidate(use.start(), use.end(), Candidate.ORGANIZATION, draft));
            }
        });
        return out;
    }

    /**
     * True when a name stands right before the descriptor: in "the M23 rebel group, Bertrand Bisimwa," the
     * group is named already and what follows is one of its people (a possessive, "Mozambique's former
     * rebel group, Renamo,", is no such name).
     */
    private static boolean namedBefore(String view, int descriptorStart) {
        Matcher m = WORD_BEFORE.matcher(view.substring(Math.max(0, descriptorStart - 40), descriptorStart));
        return m.find() && !m.group(1).equals("The");
    }

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}\\p{N}-]*)\\s+$");

    /** The demonym of the state named right before {@code at} ("Libya's ", "the Libyan "), or null. */
    private static String stateBefore(String view, Map<Integer, Hit<GazetteerRef>> statesByEnd, int at) {
        for (String gap : List.of(" ", "'s ", "’s ")) {
            Hit<GazetteerRef> h = statesByEnd.get(at - gap.length());
            if (h != null && view.startsWith(gap, h.end())) {
                return h.value().entry().demonym();
            }
        }
        return null;
    }

    /** True when the gazetteer already names something in [start, end). */
    private static boolean known(List<Hit<GazetteerRef>> gazHits, int start, int end) {
        for (Hit<GazetteerRef> h : gazHits) {
            if (h.start() < end && start < h.end()) {
                return true;
            }
        }
        return false;
    }

    /** Not a title, a month or a word that only starts sentences. */
    private static boolean plausible(String name) {
        String first = name.split("\\s")[0];
        return !Lexicon.TITLES.contains(first) && !Lexicon.NOT_NAMES.contains(first.toLowerCase(Locale.ROOT))
                && name.length() >= 2;
    }
}
