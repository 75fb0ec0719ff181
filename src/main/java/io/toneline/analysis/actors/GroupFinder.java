package io.toneline.analysis.actors;

import io.toneline.analysis.actors.AliasIndex.Hit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Armed and political groups that news names by description rather than by name: "the Saudi-led
 * coalition", "pro-Russian separatists" (also "Russian-backed separatists"), "the Syrian opposition", "Syrian
 * rebels", "Pakistani militants". The state word must
 * be one the gazetteer knows ("Saudi", "Russian", "Syria"), so "well-led coalition" or "Free rebels"
 * name nobody. Such a group is an actor of its own, not the state it is named after: readers score
 * the Syrian opposition apart from Syria. Its id starts with {@code group-}, which lets "the rebels"
 * and "the opposition" resolve to it as the article's one movement.
 */
final class GroupFinder {

    /** Id prefix of the groups found here. */
    static final String ID_PREFIX = "group-";

    private static final Pattern LED = Pattern.compile("(\\p{Lu}[\\p{L}.]*)-(led|backed) (coalition|alliance)\\b");
    private static final Pattern PRO = Pattern.compile(
            "\\b[Pp]ro-(\\p{Lu}\\p{L}+) (separatists|rebels|militants|fighters|militias)\\b");
    /** "Russian-backed separatists", "Iran-backed militias": the same group as "pro-Russian separatists". */
    private static final Pattern BACKED = Pattern.compile(
            "\\b(\\p{Lu}\\p{L}+)-(?:backed|supported|sponsored) (separatists|rebels|militants|fighters|militias)\\b");
    private static final Pattern OF_STATE = Pattern.compile(
            "\\b(\\p{Lu}\\p{L}+) (opposition|rebels|insurgents|separatists|militants|guerrillas|jihadists|militias|factions"
            + "|(?:insurgent|rebel|militant|armed) groups)\\b");

    private GroupFinder() {
    }

    /**
     * @param view the text prepared for matching
     * @param gazHits the gazetteer's hits in it
     * @param registry where the groups' drafts are made
     * @return one candidate per description found
     */
    static List<Candidate> find(String view, List<Hit<GazetteerRef>> gazHits, ActorDraft.Registry registry) {
        Map<Integer, Hit<GazetteerRef>> byStart = new HashMap<>();
        for (Hit<GazetteerRef> h : gazHits) {
            if (h.value().entry() != null && h.value().entry().type() == ActorType.COUNTRY) {
                byStart.put(h.start(), h);
            }
        }
        List<Candidate> out = new ArrayList<>();
        Map<String, String> byBacker = new HashMap<>(); // demonym -> the name its first pro-/-backed group got
        for (Pattern p : List.of(LED, PRO, BACKED, OF_STATE)) {
            Matcher m = p.matcher(view);
            while (m.find()) {
                Hit<GazetteerRef> state = byStart.get(m.start(1));
                if (state == null || state.end() != m.end(1)) {
                    continue;
                }
                // "pro-Russian" and "Russian-backed" name one group, by the state's usual demonym
                String demonym = state.value().entry().demonym() != null ? state.value().entry().demonym() : m.group(1);
                // and "Russian-backed fighters" in the same article are the same movement again
                String name = p == PRO || p == BACKED ? byBacker.computeIfAbsent(demonym, d -> "Pro-" + d + " " + m.group(2))
                        : m.group(0).substring(m.group(0).indexOf(m.group(1)));
                ActorDraft group = registry.group(ID_PREFIX, name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
                out.add(new Candidate(m.start(), m.end(), Candidate.ORGANIZATION, group));
                if (p == LED) {
                    shortForms(view, m.group(1), m.group(3), group, out);
                }
            }
        }
        governmentAndOpposition(view, byStart, registry, out);
        return out;
    }

    private static final Pattern GOVERNMENT = Pattern.compile("^(?:['’]s)?\\s+government\\b");
    private static final Pattern THE_OPPOSITION = Pattern.compile(
            "\\b[Tt]he\\s+(?:[\\p{L}.]+-\\p{Ll}+\\s+|\\p{Ll}[\\p{Ll}-]*\\s+){0,2}opposition\\b(?!\\s+\\p{Lu})");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+(?:[.!?]+|$)");

    /**
     * "Representatives from the Syrian government and the Western-backed opposition", "Syria's government
     * threatened to walk out of talks with the opposition": in a sentence that names one state's government,
     * "the opposition" is that state's opposition, the same group as "the Syrian opposition".
     */
    private static void governmentAndOpposition(String view, Map<Integer, Hit<GazetteerRef>> states,
            ActorDraft.Registry registry, List<Candidate> out) {
        Matcher sentence = SENTENCE.matcher(view);
        while (sentence.find()) {
            java.util.Set<String> governments = new java.util.HashSet<>();
            String demonym = null;
            for (Hit<GazetteerRef> h : states.values()) {
                if (h.start() >= sentence.start() && h.end() <= sentence.end()
                        && GOVERNMENT.matcher(view.substring(h.end(), Math.min(sentence.end(), h.end() + 14))).find()) {
                    governments.add(h.value().entry().id());
                    demonym = h.value().entry().demonym();
                }
            }
            if (governments.size() != 1 || demonym == null) {
                continue;
            }
            Matcher opposition = THE_OPPOSITION.matcher(view).region(sentence.start(), sentence.end());
            while (opposition.find()) {
                ActorDraft group = registry.group(ID_PREFIX, demonym + " opposition");
                out.add(new Candidate(opposition.start(), opposition.end(), Candidate.ORGANIZATION, group));
            }
        }
    }

    /**
     * "Saudi coalition commanders" in an article that names the Saudi-led coalition: the same group. Only
     * then: elsewhere "the Syrian coalition" may be another body (the Syrian opposition's).
     */
    private static void shortForms(String view, String state, String noun, ActorDraft group, List<Candidate> out) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(state) + " " + noun + "\\b").matcher(view);
        while (m.find()) {
            out.add(new Candidate(m.start(), m.end(), Candidate.ORGANIZATION, group));
        }
    }
}
