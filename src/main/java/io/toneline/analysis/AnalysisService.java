package io.toneline.analysis;

import io.toneline.errors.ModelUnavailableException;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.text.HtmlText;
import io.toneline.analysis.timeline.ShiftDetector;

import io.toneline.config.TonelineConfig;
import io.toneline.errors.InvalidInputException;
import io.toneline.model.RequestBudget;
import io.toneline.model.ToneService;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Application entry point for article analysis: checks every request against the configured limits
 * ({@link ArticleLimits}), whether answered now or queued,
 * converts HTML, and runs the {@link Analyzer} on the shared tone model.
 */
@ApplicationScoped
public class AnalysisService {

    private final TonelineConfig config;
    private final ToneService tones;
    private final ActorFinder finder;
    private final ShiftDetector shifts;
    private final ArticleLimits limits;

    /**
     * @param config limits and analysis settings
     * @param tones the shared tone model
     * @param gazetteer states and organisations that actors are found by
     */
    public AnalysisService(TonelineConfig config, ToneService tones, Gazetteer gazetteer) {
        this.config = config;
        this.tones = tones;
        this.limits = ArticleLimits.of(config.limits());
        this.finder = new ActorFinder(gazetteer);
        this.shifts = new ShiftDetector(new ShiftDetector.Params(config.analysis().shiftPenalty(),
                config.analysis().shiftNeutralWeight(), config.analysis().shiftMajorConfidence()));
    }

    /** @return the default for rolling people up into states when a request does not say */
    public boolean rollUpByDefault() {
        return config.analysis().rollUpToStates();
    }

    /**
     * Analyses a plain-text article.
     *
     * @param request the article
     * @return its analysis
     */
    public Analysis analyze(ArticleRequest request) {
        limits.check(request);
        return analyzer().analyze(request);
    }

    /**
     * Analyses an HTML article: markup is stripped, paragraph structure kept; offsets in the result
     * point into the returned {@code text}.
     *
     * @param html the page or fragment
     * @param request title, actors and options (its text is ignored)
     * @return its analysis, carrying the extracted text
     */
    public Analysis analyzeHtml(String html, ArticleRequest request) {
        limits.checkLength(html);
        String plain = HtmlText.toText(html);
        ArticleRequest plainRequest = new ArticleRequest(plain, request.title(), request.actors(),
                request.rollUpToStates());
        limits.check(plainRequest);
        return analyzer().analyze(plainRequest).withText(plain);
    }

    private Analyzer analyzer() {
        return new Analyzer(finder, tones::score, shifts, Analysis.ModelRef.of(tones.model()), budget());
    }

    /** The work one article may cause; the window size is the loaded model's, or the usual one before. */
    private Analyzer.Budget budget() {
        var configured = config.limits();
        int window = tones.isReady() ? tones.model().info().maxTokens() : RequestBudget.DEFAULT_WINDOW_TOKENS;
        return new Analyzer.Budget(configured.maxParagraphs(),
                new RequestBudget(configured.maxTargets(), configured.maxTokens(), window));
    }

    /** Segments and finds actors only, to check the budget before a request is queued. */
    private void checkBudget(ArticleRequest request) {
        new Analyzer(finder, in -> {
            throw new IllegalStateException("not scoring while checking a budget");
        }, shifts, null, budget()).inputs(request);
    }

    /**
     * Refuses work for a model that failed to load (it never will: loading is tried once at start).
     * While the model is still loading, queued work is accepted and runs once it is ready.
     *
     * @throws ModelUnavailableException when loading failed
     */
    public void requireLoadable() {
        if (tones.failure() != null) {
            throw new ModelUnavailableException(
                    "the tone model could not be loaded, so queued analyses could never run; see the service log");
        }
    }

    /**
     * Checks a request against the limits without analysing it, so that queued work is valid.
     *
     * @param request the article request (for HTML, its text is the raw HTML)
     * @param html whether the text is HTML
     */
    public void validate(ArticleRequest request, boolean html) {
        if (html) {
            if (request.text() == null || request.text().isBlank()) {
                throw new InvalidInputException("the request body is empty; send the article's HTML");
            }
            limits.checkLength(request.text());
            ArticleRequest plain = new ArticleRequest(HtmlText.toText(request.text()), request.title(),
                    request.actors(), request.rollUpToStates());
            limits.check(plain);
            checkBudget(plain);
        } else {
            limits.check(request);
            checkBudget(request);
        }
    }
}
