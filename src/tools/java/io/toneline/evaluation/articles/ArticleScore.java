package io.toneline.evaluation.articles;

import io.toneline.analysis.ActorResult;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.ParagraphResult;
import io.toneline.analysis.ParagraphTone;
import io.toneline.analysis.timeline.Shift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one analysis compares with the readers' annotation of its article. A reported shift is right
 * when the gold has a turn of the same direction (change of side) for the same actor within
 * {@link #WINDOW} paragraphs; turns and reports are matched one to one, nearest first.
 *
 * @param goldActors actors the readers found that have at least one pair
 * @param actorsFound those of them that the analysis found
 * @param goldPairs gold (paragraph, actor) pairs
 * @param pairsScored those the analysis scored
 * @param pairsAgreed those scored on the same side (negative, neutral, positive) as the readers
 * @param goldShifts the readers' turns
 * @param goldFound those matched by a reported shift
 * @param goldMajor the readers' major turns
 * @param majorFound those matched
 * @param reported shifts the analysis reported
 * @param reportedRight those matched by a gold turn
 * @param reportedMajor shifts the analysis marked major
 * @param reportedMajorRight those matched by a gold turn
 * @param clutter clutter paragraphs (neither body nor heading)
 * @param clutterScored those the analysis scored for some actor
 * @param notes human-readable misses (pairs not scored, turns missed, wrong shifts)
 */
public record ArticleScore(int goldActors, int actorsFound, int goldPairs, int pairsScored, int pairsAgreed,
        int goldShifts, int goldFound, int goldMajor, int majorFound, int reported, int reportedRight,
        int reportedMajor, int reportedMajorRight, int clutter, int clutterScored, int goldReachable,
        List<String> notes) {

    /** Paragraphs between a reported shift and the gold turn it may match. */
    public static final int WINDOW = 3;

    /**
     * @param gold the annotated article
     * @param analysis its analysis, of {@link GoldArticle#text()}
     * @return the comparison
     */
    public static ArticleScore of(GoldArticle gold, Analysis analysis) {
        int[] offsets = gold.offsets();
        Map<Integer, List<ParagraphResult>> byGold = new HashMap<>();
        Map<Integer, Integer> goldIndex = new HashMap<>();
        for (ParagraphResult pr : analysis.paragraphs()) {
            int g = goldParagraph(offsets, pr.start());
            byGold.computeIfAbsent(g, k -> new ArrayList<>()).add(pr);
            goldIndex.put(pr.index(), g);
        }
        Map<String, String> idOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (GoldArticle.Actor a : gold.actors()) {
            ActorResult match = ActorMatch.of(a, analysis.actors());
            if (match != null) {
                idOf.put(a.name(), match.id());
                nameOf.putIfAbsent(match.id(), a.name());
            }
        }
        List<String> notes = new ArrayList<>();
        Set<String> withPairs = new HashSet<>();
        int scored = 0;
        int agreed = 0;
        for (GoldArticle.Pair pair : gold.pairs()) {
            withPairs.add(pair.actor());
            String id = idOf.get(pair.actor());
            ParagraphTone tone = id == null ? null : tone(byGold.getOrDefault(pair.p(), List.of()), id);
            if (tone == null) {
                notes.add("unscored p" + pair.p() + " " + pair.actor() + " (" + pair.tone() + ")");
                continue;
            }
            scored++;
            if (GoldArticle.side(tone.label().json()) == GoldArticle.side(pair.tone())) {
                agreed++;
            } else {
                notes.add("side p" + pair.p() + " " + pair.actor() + ": gold " + pair.tone() + ", scored "
                        + tone.label().json() + " " + tone.score());
            }
        }
        int found = (int) withPairs.stream().filter(idOf::containsKey).count();
        withPairs.stream().filter(a -> !idOf.containsKey(a)).sorted()
                .forEach(a -> notes.add(0, "actor not found: " + a));

        List<Reported> reports = new ArrayList<>();
        for (ActorResult a : analysis.actors()) {
            for (Shift s : a.shifts()) {
                int at = goldIndex.getOrDefault(s.toParagraph(), -1);
                reports.add(new Reported(nameOf.getOrDefault(a.id(), "(" + a.id() + ")"), at,
                        Integer.signum(GoldArticle.side(s.to().json()) - GoldArticle.side(s.from().json())),
                        s.major(), s.from().json() + "->" + s.to().json()));
            }
        }
        boolean[] reportMatched = new boolean[reports.size()];
        boolean[] goldMatched = new boolean[gold.shifts().size()];
        // nearest pairs first, one to one
        for (int d = 0; d <= WINDOW; d++) {
            for (int g = 0; g < gold.shifts().size(); g++) {
                GoldArticle.Turn t = gold.shifts().get(g);
                for (int r = 0; r < reports.size() && !goldMatched[g]; r++) {
                    Reported rep = reports.get(r);
                    if (!reportMatched[r] && rep.actor().equals(t.actor()) && rep.direction() == t.direction()
                            && Math.abs(rep.at() - t.around()) == d) {
                        reportMatched[r] = true;
                        goldMatched[g] = true;
                    }
                }
            }
        }
        // why each turn would be missed; a turn is reachable (the detector could find it at all) unless its actor
        // is not scored on both sides of it
        List<String> why = new ArrayList<>();
        for (GoldArticle.Turn t : gold.shifts()) {
            why.add(why(t, idOf.get(t.actor()), byGold, gold.paragraphs().size()));
        }
        int reachable = (int) why.stream().filter(w -> !w.equals(UNREACHABLE)).count();
        int goldFound = 0;
        int goldMajor = 0;
        int majorFound = 0;
        for (int g = 0; g < goldMatched.length; g++) {
            GoldArticle.Turn t = gold.shifts().get(g);
            goldFound += goldMatched[g] ? 1 : 0;
            goldMajor += t.major() ? 1 : 0;
            majorFound += t.major() && goldMatched[g] ? 1 : 0;
            if (!goldMatched[g]) {
                notes.add("missed turn " + t.actor() + " " + t.from() + "->" + t.to() + " at p" + t.around()  + " (" + why.get(g) + ")");
            }
        }
        int right = 0;
        int reportedMajor = 0;
        int majorRight = 0;
        for (int r = 0; r < reports.size(); r++) {
            Reported rep = reports.get(r);
            right += reportMatched[r] ? 1 : 0;
            reportedMajor += rep.major() ? 1 : 0;
            majorRight += rep.major() && reportMatched[r] ? 1 : 0;
            if (!reportMatched[r]) {
                notes.add("wrong shift " + rep.actor() + " " + rep.what() + " at p" + rep.at());
            }
        }
        int clutter = 0;
        int clutterScored = 0;
        for (int p = 0; p < gold.paragraphs().size(); p++) {
            if (gold.paragraphs().get(p).clutter()) {
                clutter++;
                boolean any = byGold.getOrDefault(p, List.of()).stream().anyMatch(pr -> !pr.tones().isEmpty());
                clutterScored += any ? 1 : 0;
                if (any) {
                    notes.add("clutter scored p" + p + " (" + gold.paragraphs().get(p).kind() + ")");
                }
            }
        }
        return new ArticleScore(withPairs.size(), found, gold.pairs().size(), scored, agreed, gold.shifts().size(),
                goldFound, goldMajor, majorFound, reports.size(), right, reportedMajor, majorRight, clutter,
                clutterScored, reachable, notes);
    }

    private static final String UNREACHABLE = "unreachable";

    /**
     * Why a gold turn was missed: its actor is not scored on both sides of it ("unreachable"); the scored sides
     * within {@link #WINDOW} paragraphs before and after it hold the turn and the detector kept quiet ("the
     * scores hold it"); or they do not ("the scores miss a side").
     */
    private static String why(GoldArticle.Turn t, String id, Map<Integer, List<ParagraphResult>> byGold, int paragraphs) {
        boolean before = false;
        boolean after = false;
        boolean fromSeen = false;
        boolean toSeen = false;
        for (int p = 0; id != null && p < paragraphs; p++) {
            ParagraphTone tone = tone(byGold.getOrDefault(p, List.of()), id);
            if (tone == null) {
                continue;
            }
            int side = GoldArticle.side(tone.label().json());
            if (p < t.around()) {
                before = true;
                fromSeen |= p >= t.around() - WINDOW && side == GoldArticle.side(t.from());
            } else {
                after = true;
                toSeen |= p <= t.around() + WINDOW && side == GoldArticle.side(t.to());
            }
        }
        return !(before && after) ? UNREACHABLE : fromSeen && toSeen ? "the scores hold it" : "the scores miss a side";
    }

    private record Reported(String actor, int at, int direction, boolean major, String what) {}

    private static int goldParagraph(int[] offsets, int start) {
        int g = 0;
        while (g + 1 < offsets.length - 1 && offsets[g + 1] <= start) {
            g++;
        }
        return g;
    }

    /** The tone toward an actor in the analysis paragraphs of one gold paragraph: the one with most mentions. */
    private static ParagraphTone tone(List<ParagraphResult> paragraphs, String id) {
        ParagraphTone best = null;
        for (ParagraphResult pr : paragraphs) {
            for (ParagraphTone t : pr.tones()) {
                if (t.actor().equals(id) && (best == null || t.mentions().size() > best.mentions().size())) {
                    best = t;
                }
            }
        }
        return best;
    }
}
