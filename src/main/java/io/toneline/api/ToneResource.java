package io.toneline.api;

import io.toneline.config.TonelineConfig;
import io.toneline.model.RequestBudget;
import io.toneline.model.TargetTone;
import io.toneline.model.ToneInput;
import io.toneline.model.ToneService;

import io.toneline.security.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /v1/tone}: scores caller-chosen target spans in caller-chosen texts (writer role). */
@Path("/v1/tone")
@RolesAllowed(Roles.WRITER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ToneResource {

    private final ToneService tones;
    private final TonelineConfig.Limits limits;

    /**
     * @param tones the shared tone model
     * @param config request limits
     */
    public ToneResource(ToneService tones, TonelineConfig config) {
        this.tones = tones;
        this.limits = config.limits();
    }

    /**
     * @param body texts with target spans
     * @return per item, per target, its tone
     */
    @POST
    @Operation(summary = "Score target spans in texts", description = "Per target: score (relations, expected level / 2, -1 hostile .. +1 conciliatory), label (hostile|critical|neutral|cooperative|conciliatory), probabilities of the five levels, and the sentiment of portrayal from the second head of the same pass.")
    public ToneResponse score(ToneRequest body) {
        List<ToneInput> inputs = ToneRequests.toInputs(body, limits);
        budget().check(inputs);
        List<List<TargetTone>> scored = tones.score(inputs);
        return ToneRequests.toResponse(scored, io.toneline.analysis.Analysis.ModelRef.of(tones.model()));
    }

    private RequestBudget budget() {
        return new RequestBudget(limits.maxTargets(), limits.maxTokens(), tones.info().maxTokens());
    }
}
