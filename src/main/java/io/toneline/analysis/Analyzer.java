package io.toneline.analysis;

import static io.toneline.model.Figures.round;

import io.toneline.analysis.actors.Actor;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.ActorType;
import io.toneline.analysis.actors.Mention;
import io.toneline.analysis.text.Paragraph;
import io.toneline.analysis.text.ParagraphKind;
import io.toneline.analysis.text.Segmenter;
import io.toneline.analysis.timeline.SeriesPoint;
import io.toneline.analysis.timeline.Shift;
import io.toneline.analysis.timeline.ShiftDetector;
import io.toneline.analysis.timeline.ToneLabel;
import io.toneline.analysis.timeline.TrajectoryPoint;

import io.toneline.errors.TooLargeException;
import io.toneline.model.RequestBudget;
import io.toneline.model.TargetSpan;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article into its tone timeline: paragraphs, actors, one batched scoring call for all
 * body paragraphs, per-paragraph aggregation, trajectories and shifts. Plain Java; the scorer is
 * the only dependency on the model.
 */
public final class Analyzer {

    private final ActorFinder finder;
    private final TargetScorer scorer;
    private final ShiftDetector shifts;
    private final Analysis.ModelRef model;
    private final Budget budget;
    private final ReadingContext context;

    /**
     * The work one article may cause.
     *
     * @param maxParagraphs the most paragraphs
     * @param model the most targets and model tokens
     */
    public record Budget(int maxParagraphs, RequestBudget model) {
        /** A budget that no ordinary test article reaches. */
        public static final Budget GENEROUS = new Budget(100_000, new RequestBudget(1_000_000, 100_000_000, 160));

        void check(List<ToneInput> inputs) {
            model.check(inputs);
        }
    }

    /**
     * @param finder actor detection
     * @param scorer the tone model
     * @param shifts shift detection
     * @param model name and version reported with each analysis
     * @param budget the most work one article may cause
     */
    public Analyzer(ActorFinder finder, TargetScorer scorer, ShiftDetector shifts, Analysis.ModelRef model,
            Budget budget) {
        this(finder, scorer, shifts, model, budget, ReadingContext.NONE);
    }

    private Analyzer(ActorFinder finder, TargetScorer scorer, ShiftDetector shifts, Analysis.ModelRef model,
            Budget budget, ReadingContext context) {
        this.finder = finder;
        this.scorer = scorer;
        this.shifts = shifts;
        this.model = model;
        this.budget = budget;
        this.context = context;
    }

    /**
     * @param context what the model reads before each paragraph
     * @return this analyzer, reading with that context
     */
    public Analyzer withContext(ReadingContext context) {
        return new Analyzer(finder, scorer, shifts, model, budget, context);
    }

    /** One mention of one actor inside one body paragraph, waiting for its score. */
    private record Slot(int paragraph, String actor, Mention mention) {}

    /** What an article asks of the model: one input per body paragraph that mentions anybody. */
    private record Plan(List<Paragraph> paragraphs, List<Actor> actors, List<ToneInput> inputs,
            List<List<Slot>> slots) {}

    /**
     * Segments the article and finds its actors without scoring anything.
     *
     * @param request the article
     * @return the texts and targets the model would score, for cost checks before queueing
     */
    public List<ToneInput> inputs(ArticleRequest request) {
        return plan(request, Segmenter.split(request.text())).inputs();
    }

    private Plan plan(ArticleRequest request, List<Paragraph> paragraphs) {
        String text = request.text();
        if (paragraphs.size() > budget.maxParagraphs()) {
            throw new TooLargeException("the article has " + paragraphs.size() + " paragraphs; the limit is "
                    + budget.maxParagraphs() + " (toneline.limits.max-paragraphs)");
        }
        List<Actor> named = finder.find(text, request.actors(), request.rollUpToStates());
        // resolving references only adds mentions: a request over the budget with names alone is refused
        // before that work (a text of thousands of titled names costs the finder alone)
        Budgets.Cost lowerBound = Budgets.of(paragraphs, named, budget.model().windowTokens());
        budget.model().check(lowerBound.targets(), lowerBound.tokens());
        List<Actor> found = finder.references().resolve(text, paragraphs, named);
        // all mentions by position, then one sweep over the paragraphs (both are sorted)
        List<Slot> all = new ArrayList<>();
        for (Actor a : found) {
            for (Mention m : a.mentions()) {
                all.add(new Slot(-1, a.id(), m));
            }
        }
        all.sort(Comparator.comparingInt((Slot sl) -> sl.mention().start()));
        List<ToneInput> inputs = new ArrayList<>();
        List<List<Slot>> slots = new ArrayList<>();
        Set<Mention> inside = new HashSet<>();
        int next = 0;
        String lastBody = null;
        for (Paragraph p : paragraphs) {
            while (next < all.size() && all.get(next).mention().start() < p.start()) {
                next++; // starts before this paragraph and did not fit the previous one: spans a break
            }
            List<Slot> here = new ArrayList<>();
            List<TargetSpan> spans = new ArrayList<>();
            for (; next < all.size() && all.get(next).mention().end() <= p.end(); next++) {
                Slot sl = all.get(next);
                inside.add(sl.mention());
                if (p.kind() == ParagraphKind.BODY) {
                    here.add(new Slot(p.index(), sl.actor(), sl.mention()));
                    spans.add(new TargetSpan(sl.mention().start() - p.start(), sl.mention().end() - p.start()));
                }
            }
            String previous = lastBody;
            if (p.kind() == ParagraphKind.BODY) {
                lastBody = p.text(text);
            }
            if (!here.isEmpty()) {
                inputs.add(context.input(request.title(), previous, p.text(text), spans));
                slots.add(here);
            }
        }
        // a mention across a paragraph break belongs to no paragraph: it is neither scored nor counted
        List<Actor> actors = new ArrayList<>(found.size());
        for (Actor a : found) {
            List<Mention> kept = a.mentions().stream().filter(inside::contains).toList();
            actors.add(kept.size() == a.mentions().size() ? a
                    : new Actor(a.id(), a.name(), a.type(), a.iso(), a.aliases(), a.affiliation(), a.roles(), kept));
        }
        budget.check(inputs);
        return new Plan(paragraphs, actors, inputs, slots);
    }

    /**
     * @param request the article
     * @return its analysis
     * @throws TooLargeException when the article exceeds the budget (checked before scoring)
     */
    public Analysis analyze(ArticleRequest request) {
        long t0 = System.nanoTime();
        String text = request.text();
        List<Paragraph> paragraphs = Segmenter.split(text);
        long t1 = System.nanoTime();
        Plan plan = plan(request, paragraphs);
        List<Actor> actors = plan.actors();
        List<ToneInput> inputs = plan.inputs();
        List<List<Slot>> slots = plan.slots();
        long t2 = System.nanoTime();
        List<List<TargetTone>> scored = inputs.isEmpty() ? List.of() : scorer.score(inputs);
        long t3 = System.nanoTime();

        // paragraph -> actor -> tones of its mentions
        Map<Integer, Map<String, List<ParagraphTone.ScoredMention>>> mentionScores = new LinkedHashMap<>();
        Map<Integer, Map<String, List<TargetTone>>> tonesByActor = new LinkedHashMap<>();
        for (int i = 0; i < slots.size(); i++) {
            for (int j = 0; j < slots.get(i).size(); j++) {
                Slot s = slots.get(i).get(j);
                TargetTone tone = scored.get(i).get(j);
                double score = round(tone.score());
                mentionScores.computeIfAbsent(s.paragraph(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.actor(), k -> new ArrayList<>())
                        .add(new ParagraphTone.ScoredMention(s.mention().start(), s.mention().end(),
                                s.mention().text(), score, ToneLabel.of(tone.relations()), s.mention().resolved(),
                                s.mention().source()));
                tonesByActor.computeIfAbsent(s.paragraph(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(s.actor(), k -> new ArrayList<>()).add(tone);
            }
        }

        Map<Integer, Map<String, List<String>>> derivedFrom = request.officialsForStates()
                ? deriveStates(actors, tonesByActor, mentionScores) : Map.of();

        List<ParagraphResult> paragraphResults = new ArrayList<>(paragraphs.size());
        Map<String, List<TrajectoryPoint>> trajectories = new LinkedHashMap<>();
        Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            List<ParagraphTone> tones = new ArrayList<>();
            for (Map.Entry<String, List<TargetTone>> e : tonesByActor.getOrDefault(p.index(), Map.of()).entrySet()) {
                float[] levels = mean(e.getValue(), true);
                float[] sentiment = mean(e.getValue(), false);
                double score = round(TargetTone.relationsScore(levels));
                ToneLabel label = ToneLabel.forParagraph(levels);
                boolean mixed = ToneLabel.mixed(levels);
                double confidence = round(levels[TargetTone.argmax(levels)]);
                int mentions = e.getValue().size();
                tones.add(new ParagraphTone(e.getKey(), score, label, ToneValues.Levels.of(levels), confidence, mixed,
                        ToneValues.Sentiment.of(sentiment), mentionScores.get(p.index()).get(e.getKey()),
                        derivedFrom.getOrDefault(p.index(), Map.of()).get(e.getKey())));
                trajectories.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(new TrajectoryPoint(p.index(), score, label, confidence, mentions, mixed));
                series.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new SeriesPoint(p.index(), levels, mentions));
            }
            paragraphResults.add(new ParagraphResult(p.index(), p.start(), p.end(), p.kind(), p.reason(), tones));
        }

        List<ActorResult> actorResults = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            List<TrajectoryPoint> trajectory = trajectories.getOrDefault(a.id(), List.of());
            Double mean = trajectory.isEmpty() ? null
                    : round(trajectory.stream().mapToDouble(TrajectoryPoint::score).average().orElse(0));
            ShiftDetector.Result timeline = shifts.detect(series.getOrDefault(a.id(), List.of()));
            List<Shift> withEvidence = timeline.shifts().stream()
                    .map(sh -> sh.withEvidence(evidence(sh, mentionScores, a.id()))).toList();
            actorResults.add(new ActorResult(a.id(), a.name(), a.type(), a.iso(), a.aliases(), a.affiliation(),
                    a.roles(), a.mentions().size(), mean, trajectory, withEvidence, timeline.stretches(),
                    timeline.summary(), derivedPeople(derivedFrom, a.id())));
        }
        long t4 = System.nanoTime();
        return new Analysis(null, request.title(), null, paragraphResults, actorResults, model,
                new Analysis.Timings(ms(t4 - t0), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2)));
    }

    /**
     * Officials count for their state ({@link Officials}): adds the derived scores to the paragraph maps,
     * and to {@code actors} the states that only their officials named.
     *
     * @return paragraph to state id to the people it was derived from
     */
    private Map<Integer, Map<String, List<String>>> deriveStates(List<Actor> actors,
            Map<Integer, Map<String, List<TargetTone>>> tonesByActor,
            Map<Integer, Map<String, List<ParagraphTone.ScoredMention>>> mentionScores) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        actors.forEach(a -> byId.put(a.id(), a));
        Set<String> states = new HashSet<>();
        for (Actor a : actors) {
            if ((a.type() == ActorType.PERSON || a.type() == ActorType.ORGANIZATION) && a.affiliation() != null) {
                // a state, or an organisation the gazetteer knows ("U.N. Secretary General Ban Ki-moon" speaks
                // for the United Nations, a NATO spokesman for NATO)
                finder.gazetteerActor(a.affiliation())
                        .filter(s -> s.type() == ActorType.COUNTRY || s.type() == ActorType.ORGANIZATION)
                        .ifPresent(s -> states.add(s.id()));
            }
        }
        Map<Integer, Map<String, List<String>>> out = new LinkedHashMap<>();
        for (Map.Entry<Integer, Map<String, List<TargetTone>>> e : tonesByActor.entrySet()) {
            Map<String, List<String>> derived = Officials.derived(e.getValue(), byId, states);
            for (Map.Entry<String, List<String>> d : derived.entrySet()) {
                List<TargetTone> tones = new ArrayList<>();
                List<ParagraphTone.ScoredMention> mentions = new ArrayList<>();
                for (String person : d.getValue()) {
                    tones.addAll(e.getValue().get(person));
                    mentions.addAll(mentionScores.get(e.getKey()).get(person));
                }
                e.getValue().put(d.getKey(), tones);
                mentionScores.get(e.getKey()).put(d.getKey(), mentions);
                if (!byId.containsKey(d.getKey())) {
                    Actor state = finder.gazetteerActor(d.getKey()).orElseThrow();
                    byId.put(state.id(), state);
                    actors.add(state);
                }
            }
            if (!derived.isEmpty()) {
                out.put(e.getKey(), derived);
            }
        }
        return out;
    }

    private static List<String> derivedPeople(Map<Integer, Map<String, List<String>>> derivedFrom, String id) {
        Set<String> people = new java.util.LinkedHashSet<>();
        derivedFrom.values().forEach(m -> people.addAll(m.getOrDefault(id, List.of())));
        return List.copyOf(people);
    }

    /** The actor's mentions in the paragraphs that carry a shift. */
    private static List<Shift.Evidence> evidence(Shift shift,
            Map<Integer, Map<String, List<ParagraphTone.ScoredMention>>> mentionScores, String actor) {
        List<Shift.Evidence> out = new ArrayList<>(shift.evidence().size());
        for (Shift.Evidence e : shift.evidence()) {
            List<Shift.Mention> spans = mentionScores.getOrDefault(e.paragraph(), Map.of()).getOrDefault(actor, List.of())
                    .stream().map(m -> new Shift.Mention(m.start(), m.end(), m.text())).toList();
            out.add(new Shift.Evidence(e.paragraph(), spans));
        }
        return out;
    }

    /** Mean probabilities over a paragraph's mentions of one actor: of the relations levels, or of the sentiment. */
    private static float[] mean(List<TargetTone> tones, boolean relations) {
        float[] sum = new float[relations ? tones.get(0).relations().length : tones.get(0).sentiment().length];
        for (TargetTone t : tones) {
            float[] p = relations ? t.relations() : t.sentiment();
            for (int c = 0; c < sum.length; c++) {
                sum[c] += p[c] / tones.size();
            }
        }
        return sum;
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }
}
