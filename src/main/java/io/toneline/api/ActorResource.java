package io.toneline.api;

import io.toneline.errors.NotFoundException;
import io.toneline.jobs.ActorIndex;
import io.toneline.jobs.PageSize;

import io.toneline.security.Roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /v1/actors}: actors across all stored analyses, and each actor's tone per day or week, dated
 * by the articles' {@code publishedAt} (else their submission time). Made for dashboards that poll
 * (reader role).
 */
@Path("/v1/actors")
@RolesAllowed(Roles.READER)
@Produces(MediaType.APPLICATION_JSON)
public class ActorResource {

    private final ActorIndex index;

    /** @param index per analysis and actor rows */
    public ActorResource(ActorIndex index) {
        this.index = index;
    }

    /**
     * @param from start of the range (default: 90 days before {@code to})
     * @param to end of the range (default: now)
     * @param limit most actors (1-1000, default 100)
     * @return actors seen in the range, the most often seen first
     */
    @GET
    @Operation(summary = "Actors seen in stored analyses, with counts")
    public ActorViews.ActorList actors(
            @Parameter(description = "ISO-8601 date or instant; default 90 days before 'to'") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 date or instant; default now") @QueryParam("to") String to,
            @Parameter(description = "most actors, 1 to " + PageSize.MAX + " (default " + PageSize.DEFAULT + ")") @QueryParam("limit") String limit) {
        ActorViews.Range r = ActorViews.range(from, to);
        List<ActorViews.ActorSummary> items = index.actors(r.from(), r.to(), PageSize.parse(limit)).stream()
                .map(ActorViews.ActorSummary::of).toList();
        return new ActorViews.ActorList(Instant.ofEpochMilli(r.from()).toString(), Instant.ofEpochMilli(r.to()).toString(),
                items);
    }

    /**
     * @param id actor id
     * @param from start of the range
     * @param to end of the range
     * @param interval {@code day} (default) or {@code week} (weeks start on Monday, UTC)
     * @return the actor's tone per period with data
     */
    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "An actor's tone per day or week across stored analyses")
    public ActorViews.Timeline timeline(@PathParam("id") String id,
            @Parameter(description = "ISO-8601 date or instant; default 90 days before 'to'") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 date or instant; default now") @QueryParam("to") String to,
            @Parameter(description = "day or week") @QueryParam("interval") String interval) {
        ActorViews.Range r = ActorViews.range(from, to);
        int days = ActorViews.days(interval);
        List<ActorIndex.Period> periods = index.timeline(id, r.from(), r.to(), days);
        if (periods.isEmpty() && !index.known(id)) {
            throw new NotFoundException("no stored analysis mentions an actor with id '" + id + "'");
        }
        return new ActorViews.Timeline(id, days == 7 ? "week" : "day", Instant.ofEpochMilli(r.from()).toString(),
                Instant.ofEpochMilli(r.to()).toString(), periods.stream().map(ActorViews.Point::of).toList());
    }
}
