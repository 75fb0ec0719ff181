package io.toneline.api;

import io.toneline.errors.TonelineException;
import io.toneline.errors.TooManyRequestsException;
import io.toneline.model.InvalidSpanException;
import io.toneline.model.ToneBatcher;
import io.toneline.model.ToneService;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where errors become RFC 9457 problem+json. Caller mistakes are 4xx with a detail
 * the caller can act on; our own failures are 5xx with a generic detail (the cause goes to the
 * log, never to the client: no class names, no stack traces).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response toneline(TonelineException e, UriInfo uri) {
        Response.ResponseBuilder r = builder(e.slug(), e.title(), e.status(), e.getMessage(), uri);
        if (e instanceof TooManyRequestsException tooMany) {
            r.header("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        return r.build();
    }

    @ServerExceptionMapper
    public Response span(InvalidSpanException e, UriInfo uri) {
        return problem("span-outside-text", "Target span outside its text", 422, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return problem("invalid-input", "Invalid input", 400, detail, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem("malformed-json", "Malformed JSON", 400, describe(e), uri);
    }

    // Quarkus REST ships mappers for these two subtypes; naming them here keeps our format
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response parse(JsonParseException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response overloaded(ToneBatcher.OverloadedException e, UriInfo uri) {
        Response.ResponseBuilder r = builder("overloaded", "Service busy", 503, e.getMessage(), uri);
        return r.header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unavailable(ToneService.ModelUnavailableException e, UriInfo uri) {
        return builder("model-unavailable", "Model unavailable", 503, e.getMessage(), uri)
                .header("Retry-After", "10").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 415 -> "unsupported media type; send application/json, text/plain or text/html";
            case 404 -> "no such resource: " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 406 -> "cannot produce the requested media type; accept application/json";
            default -> status < 500 ? e.getMessage() : "the service failed; the error has been logged";
        };
        if (status >= 500) {
            LOG.errorf(e, "request to %s failed", uri.getPath());
        }
        return problem(slug(title), title, status, detail, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return problem("internal-error", "Internal error", 500,
                "the service failed; the error has been logged", uri);
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // drop the method and parameter names: "analyze.body.text" -> "text"
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : path;
        return (field.isEmpty() ? "body" : field) + ": " + v.getMessage();
    }

    private static String describe(JsonProcessingException e) {
        StringBuilder b = new StringBuilder("the request body is not valid JSON for this endpoint");
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : jme.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            b.append(" at '").append(path).append('\'');
        }
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            b.append(" (line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr()).append(')');
        }
        String original = e.getOriginalMessage();
        if (original != null) {
            // Jackson's first sentence says what it expected; cut off the Java type details
            String first = original.split("\n")[0];
            first = first.replaceAll("`[^`]*`", "value").replaceAll("\\(class [^)]*\\)", "");
            b.append(": ").append(first.length() > 160 ? first.substring(0, 160) : first);
        }
        return b.toString();
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Response problem(String slug, String title, int status, String detail, UriInfo uri) {
        return builder(slug, title, status, detail, uri).build();
    }

    private static Response.ResponseBuilder builder(String slug, String title, int status, String detail,
            UriInfo uri) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(slug, title, status, detail, uri == null ? null : uri.getPath()));
    }
}
