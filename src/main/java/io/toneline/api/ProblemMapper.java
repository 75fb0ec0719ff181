package io.toneline.api;

import io.toneline.errors.ProblemType;
import io.toneline.errors.TonelineException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where resource errors become RFC 9457 problem+json, each of a
 * {@link ProblemType} (its status, title and Retry-After). Caller mistakes are 4xx with a detail
 * the caller can act on; our own failures are 5xx with a generic detail (the cause goes to the
 * log, never to the client: no class names, no stack traces).
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response toneline(TonelineException e, UriInfo uri) {
        if (e.type().serverError() && e.retryAfterSeconds().isEmpty()) {
            LOG.errorf(e, "request to %s failed", uri.getPath());
        }
        // the exception's hint: its type's, unless it names its own (the queue's wait)
        return builder(e.type(), e.clientDetail(), uri, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        String detail = e.getConstraintViolations().stream()
                .map(ProblemMapper::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(ProblemType.INVALID_INPUT, detail, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED_JSON, JsonProblems.describe(e), uri);
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

    // Quarkus REST ships a mapper for this subtype as well (duplicate keys with records end here)
    @ServerExceptionMapper
    public Response definition(InvalidDefinitionException e, UriInfo uri) {
        return json(e, uri);
    }

    // Quarkus REST ships mappers for the security exceptions too (empty bodies); these keep our format
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return builder(ProblemType.UNAUTHORIZED, "this call needs credentials: send Authorization: Bearer"
                + " <API key or JWT>, or X-API-Key: <API key>", uri).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return builder(ProblemType.UNAUTHORIZED, "the credentials were not accepted: an unknown API key,"
                + " or a token that is expired, from another issuer or not signed by the configured key", uri)
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(ProblemType.FORBIDDEN, "your credentials lack the role this call needs (reader: reads;"
                + " writer: submissions and /v1/tone; admin: deletions)", uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException jpe) {
            return json(jpe, uri);
        }
        ProblemType type = ProblemType.ofHttpStatus(e.getResponse().getStatus());
        String detail = switch (type) {
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported media type; send application/json, text/plain or text/html";
            case NOT_FOUND -> "no such resource: " + uri.getPath();
            case METHOD_NOT_ALLOWED -> "method not allowed on " + uri.getPath();
            case NOT_ACCEPTABLE -> "cannot produce the requested media type; accept application/json";
            default -> type.serverError() ? "the service failed; the error has been logged" : e.getMessage();
        };
        if (type.serverError()) {
            LOG.errorf(e, "request to %s failed", uri.getPath());
        }
        return problem(type, detail, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "request to %s failed", uri.getPath());
        return problem(ProblemType.INTERNAL_ERROR, "the service failed; the error has been logged", uri);
    }

    private static String describe(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // drop the method and parameter names: "analyze.body.text" -> "text"
        String[] parts = path.split("\\.");
        String field = parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : path;
        return (field.isEmpty() ? "body" : field) + ": " + v.getMessage();
    }

    private static Response problem(ProblemType type, String detail, UriInfo uri) {
        return builder(type, detail, uri).build();
    }

    private static Response.ResponseBuilder builder(ProblemType type, String detail, UriInfo uri) {
        return builder(type, detail, uri, type.retryAfterSeconds());
    }

    /** Status, media type, body and the Retry-After hint, if there is one. */
    private static Response.ResponseBuilder builder(ProblemType type, String detail, UriInfo uri,
            OptionalInt retryAfterSeconds) {
        Response.ResponseBuilder r = Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, detail, uri == null ? null : uri.getPath()));
        retryAfterSeconds.ifPresent(s -> r.header("Retry-After", String.valueOf(s)));
        return r;
    }
}
