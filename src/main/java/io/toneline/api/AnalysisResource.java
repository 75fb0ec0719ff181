package io.toneline.api;

import io.toneline.analysis.AnalysisService;
import io.toneline.jobs.AnalysisRecord;
import io.toneline.jobs.JobService;
import io.toneline.jobs.PageSize;
import io.toneline.jobs.StoredRequest;
import io.toneline.security.Roles;

import io.quarkus.security.identity.SecurityIdentity;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code /v1/analyses}: submit an article (synchronously by default, or with
 * {@code Prefer: respond-async}), fetch a stored analysis (conditional on its ETag), poll for
 * changes with a cursor, delete. Reading needs the reader role, submitting the writer role, deleting the
 * admin role; only admins see the {@code idempotencyKey} callers sent.
 */
@Path("/v1/analyses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class AnalysisResource {

    private final JobService jobs;
    private final AnalysisService analyses;
    private final SecurityIdentity caller;

    /**
     * @param jobs stored analyses
     * @param analyses analysis defaults
     * @param caller who is calling, with their roles
     */
    public AnalysisResource(JobService jobs, AnalysisService analyses, SecurityIdentity caller) {
        this.jobs = jobs;
        this.analyses = analyses;
        this.caller = caller;
    }

    /**
     * @param body the article and options
     * @param prefer {@code respond-async} to queue instead of waiting
     * @param key optional Idempotency-Key
     * @return the analysis (200), or its queued status (202)
     */
    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Analyse an article sent as JSON")
    public Response analyzeJson(AnalysisRequest body, @HeaderParam("Prefer") String prefer,
            @HeaderParam("Idempotency-Key") String key) {
        return submit(AnalysisRequests.fromJson(body, analyses.rollUpByDefault()), prefer, key);
    }

    /**
     * @param text the article as plain text
     * @param title optional title
     * @param rollUp optional: fold people and government bodies into their state
     * @param prefer {@code respond-async} to queue instead of waiting
     * @param key optional Idempotency-Key
     * @return the analysis (200), or its queued status (202)
     */
    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Analyse an article sent as plain text")
    public Response analyzeText(String text,
            @Parameter(description = "article title") @QueryParam("title") String title,
            @Parameter(description = "fold people into their state") @QueryParam("rollUpToStates") String rollUp,
            @Parameter(description = "when the article was published (ISO-8601 date or instant)")
            @QueryParam("publishedAt") String publishedAt,
            @HeaderParam("Prefer") String prefer, @HeaderParam("Idempotency-Key") String key) {
        return submit(request(StoredRequest.TEXT, text, title, null, AnalysisRequests.flag(rollUp, "rollUpToStates"),
                AnalysisRequests.publishedAt(publishedAt)), prefer, key);
    }

    /**
     * @param html the article as HTML
     * @param title optional title
     * @param rollUp optional: fold people and government bodies into their state
     * @param prefer {@code respond-async} to queue instead of waiting
     * @param key optional Idempotency-Key
     * @return the analysis (200; offsets point into its {@code text}), or its queued status (202)
     */
    @POST
    @RolesAllowed(Roles.WRITER)
    @Consumes(MediaType.TEXT_HTML)
    @Operation(summary = "Analyse an article sent as HTML (markup stripped, paragraphs kept)")
    public Response analyzeHtml(String html,
            @Parameter(description = "article title") @QueryParam("title") String title,
            @Parameter(description = "fold people into their state") @QueryParam("rollUpToStates") String rollUp,
            @Parameter(description = "when the article was published (ISO-8601 date or instant)")
            @QueryParam("publishedAt") String publishedAt,
            @HeaderParam("Prefer") String prefer, @HeaderParam("Idempotency-Key") String key) {
        return submit(request(StoredRequest.HTML, html, title, null, AnalysisRequests.flag(rollUp, "rollUpToStates"),
                AnalysisRequests.publishedAt(publishedAt)), prefer, key);
    }

    /**
     * @param id analysis id
     * @param ifNoneMatch the ETag the client holds
     * @return 304 when unchanged, else the status document with the analysis once done
     */
    @GET
    @Path("/{id}")
    @Operation(summary = "Status and result of a stored analysis; send If-None-Match to poll cheaply")
    public Response get(@PathParam("id") String id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (ifNoneMatch != null) {
            String etag = jobs.etag(id);
            if (matches(ifNoneMatch, etag)) {
                return Response.notModified(EntityTag.valueOf(etag)).build();
            }
        }
        AnalysisRecord r = jobs.get(id, true);
        return Response.ok(view(r)).tag(EntityTag.valueOf(r.etag())).build();
    }

    /**
     * @param since cursor from the previous poll's {@code next}
     * @param status optional status filter
     * @param limit page size ({@link PageSize})
     * @param order {@code asc} (default): the change feed; {@code desc}: the newest analyses
     * @return analyses changed since the cursor, oldest change first, and the next cursor; or with
     *     {@code order=desc} the {@code limit} most recently changed analyses, newest first, and the cursor
     *     to poll the feed from
     */
    @GET
    @Operation(summary = "Analyses changed since a cursor, for dashboards that poll; or the newest ones (order=desc)")
    public AnalysisPage list(@QueryParam("since") String since, @QueryParam("status") String status,
            @Parameter(description = "page size, 1 to " + PageSize.MAX + " (default " + PageSize.DEFAULT + ")") @QueryParam("limit") String limit,
            @Parameter(description = "asc (default): changes since the cursor, oldest first; desc: the newest "
                    + "analyses first (no since; deleted ones left out), with the cursor to poll from")
            @QueryParam("order") String order) {
        JobService.Page page = AnalysisRequests.newestFirst(order, since)
                ? jobs.newest(status, limit)
                : jobs.changes(since, status, limit);
        return new AnalysisPage(page.rows().stream().map(this::view).toList(), page.next());
    }

    /**
     * @param id analysis id
     * @return 204
     */
    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a stored analysis")
    public Response delete(@PathParam("id") String id) {
        jobs.delete(id);
        return Response.noContent().build();
    }

    private Response submit(StoredRequest request, String prefer, String key) {
        AnalysisRequests.idempotencyKey(key);
        boolean async = prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async");
        URI location = null;
        if (async) {
            JobService.Submission s = jobs.submit(request, key);
            location = URI.create("/v1/analyses/" + s.record().id());
            return Response.accepted(view(s.record())).location(location)
                    .tag(EntityTag.valueOf(s.record().etag())).header("Preference-Applied", "respond-async").build();
        }
        JobService.Submission s = jobs.runNow(request, key);
        location = URI.create("/v1/analyses/" + s.record().id());
        if (s.analysis() != null) {
            return Response.ok(s.analysis()).location(location).build();
        }
        // an earlier submission with the same key: answer with what is stored
        AnalysisRecord r = s.record();
        if (r.result() != null) {
            return Response.ok(r.result()).type(MediaType.APPLICATION_JSON).location(location).build();
        }
        return Response.accepted(view(r)).location(location).build();
    }

    /** The status document as this caller may see it: idempotency keys are for admins only. */
    private AnalysisStatus view(AnalysisRecord r) {
        AnalysisStatus s = AnalysisStatus.of(r);
        return caller.hasRole(Roles.ADMIN) ? s : s.withoutIdempotencyKey();
    }

    private StoredRequest request(String format, String text, String title, List<AnalysisRequest.ActorInput> actors,
            Boolean rollUp, Long publishedAt) {
        return AnalysisRequests.stored(format, text, title, actors, rollUp, publishedAt, analyses.rollUpByDefault());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
