package io.toneline.analysis;

import io.toneline.errors.ModelUnavailableException;
import io.toneline.analysis.actors.ActorFinder;
import io.toneline.analysis.actors.ActorSpec;
import io.toneline.analysis.actors.gazetteer.Gazetteer;
import io.toneline.analysis.text.HtmlText;
import io.toneline.analysis.timeline.ShiftDetector;

import io.toneline.config.TonelineConfig;
import io.toneline.errors.InvalidInputException;
import io.toneline.errors.TooLargeException;
import io.toneline.errors.UnprocessableException;
import io.toneline.model.RequestBudget;
import io.toneline.model.ToneService;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Application entry point for article analysis: checks the request against the configured limits,
 * converts HTML, and runs the {@link Analyzer} on the shared tone model.
 */
@ApplicationScoped
public class AnalysisService {

    private final TonelineConfig config;
    private final ToneService tones;
    private final ActorFinder finder;
    private final ShiftDetector shifts;

    /**
     * @param config limits and analysis settings
     * @param tones the shared tone model
     * @param gazetteer states and organisations that actors are found by
     */
    public AnalysisService(TonelineConfig config, ToneService tones, Gazetteer gazetteer) {
        this.config = config;
        this.tones = tones;
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
        check(request);
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
        checkLength(html);
        String plain = HtmlText.toText(html);
        ArticleRequest plainRequest = new ArticleRequest(plain, request.title(), request.actors(),
                request.rollUpToStates());
        check(plainRequest);
        return analyzer().analyze(plainRequest).withText(plain);
    }

    private Analyzer analyzer() {
        return new Analyzer(finder, tones::score, shifts, Analysis.ModelRef.of(tones.model()), budget());
    }

    /** The work one article may cause; the window size is the loaded model's, or the usual one before. */
    private Analyzer.Budget budget() {
        var limits = config.limits();
        int window = tones.isReady() ? tones.model().info().maxTokens() : RequestBudget.DEFAULT_WINDOW_TOKENS;
        return new Analyzer.Budget(limits.maxParagraphs(),
                new RequestBudget(limits.maxTargets(), limits.maxTokens(), window));
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
            checkLength(request.text());
            ArticleRequest plain = new ArticleRequest(HtmlText.toText(request.text()), request.title(),
                    request.actors(), request.rollUpToStates());
            check(plain);
            checkBudget(plain);
        } else {
            check(request);
            checkBudget(request);
        }
    }

    private void check(ArticleRequest request) {
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidInputException("text is empty; send the article's text");
        }
        checkLength(request.text());
        var limits = config.limits();
        if (request.actors().size() > limits.maxActors()) {
            throw new UnprocessableException("too many actors: " + request.actors().size() + " (at most "
                    + limits.maxActors() + ")");
        }
        for (ActorSpec a : request.actors()) {
            if (a.name() == null || a.name().isBlank()) {
                throw new InvalidInputException("every actor needs a non-empty name");
            }
            if (a.aliases().size() > limits.maxAliases()) {
                throw new UnprocessableException("actor '" + a.name() + "' has " + a.aliases().size()
                        + " aliases (at most " + limits.maxAliases() + ")");
            }
        }
    }

    private void checkLength(String text) {
        int max = config.limits().maxTextChars();
        if (text != null && text.length() > max) {
            throw new TooLargeException("text has " + text.length() + " characters; the limit is " + max
                    + " (toneline.limits.max-text-chars)");
        }
    }
}
