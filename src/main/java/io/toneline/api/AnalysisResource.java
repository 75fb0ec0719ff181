package io.toneline.api;

import io.toneline.analysis.ActorSpec;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.AnalysisService;
import io.toneline.analysis.ArticleRequest;
import io.toneline.errors.InvalidInputException;

import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /v1/analyses}: an article in, its tone timeline per actor out. */
@Path("/v1/analyses")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService analyses;

    /** @param analyses the analysis service */
    public AnalysisResource(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /**
     * @param body the article and options
     * @return the analysis
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse an article sent as JSON")
    public Analysis analyzeJson(@Valid AnalysisRequest body) {
        if (body == null) {
            throw new InvalidInputException("the request body is empty; send {\"text\": \"...\"}");
        }
        return analyses.analyze(toRequest(body.text(), body.title(), body.actors(), body.rollUpToStates()));
    }

    /**
     * @param text the article as plain text
     * @param title optional title
     * @param rollUp optional: fold people and government bodies into their state
     * @return the analysis
     */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Analyse an article sent as plain text")
    public Analysis analyzeText(String text,
            @Parameter(description = "article title") @QueryParam("title") String title,
            @Parameter(description = "fold people into their state") @QueryParam("rollUpToStates") Boolean rollUp) {
        return analyses.analyze(toRequest(text, title, null, rollUp));
    }

    /**
     * @param html the article as HTML
     * @param title optional title
     * @param rollUp optional: fold people and government bodies into their state
     * @return the analysis; offsets point into its {@code text}
     */
    @POST
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Analyse an article sent as HTML (markup stripped, paragraphs kept)")
    public Analysis analyzeHtml(String html,
            @Parameter(description = "article title") @QueryParam("title") String title,
            @Parameter(description = "fold people into their state") @QueryParam("rollUpToStates") Boolean rollUp) {
        if (html == null || html.isBlank()) {
            throw new InvalidInputException("the request body is empty; send the article's HTML");
        }
        return analyses.analyzeHtml(html, toRequest("", title, null, rollUp));
    }

    private ArticleRequest toRequest(String text, String title, List<AnalysisRequest.ActorInput> actors,
            Boolean rollUp) {
        List<ActorSpec> specs = actors == null ? List.of()
                : actors.stream().map(a -> new ActorSpec(a.name(), a.aliases() == null ? List.of() : a.aliases()))
                        .toList();
        return new ArticleRequest(text, title, specs, rollUp == null ? analyses.rollUpByDefault() : rollUp);
    }
}
