package io.toneline.api;

import io.toneline.errors.ProblemType;
import io.toneline.errors.TonelineException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
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
        return problem(ProblemType.MALFORMED_JSON, describe(e), uri);
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

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException jme ? path(jme) : "";
        String where = path.isEmpty() ? "" : " at '" + path + "'";
        JsonLocation loc = e.getLocation();
        String at = loc != null && loc.getLineNr() > 0
                ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")" : "";
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "the request body has the wrong kind of value" + where + ": expected "
                    + jsonKind(mie.getTargetType()) + at;
        }
        if (e instanceof JsonMappingException && !(e.getCause() instanceof JsonProcessingException)) {
            return "the request body does not have the shape this endpoint reads" + where
                    + "; see the OpenAPI document at /q/openapi" + at;
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
        // Jackson's first sentence says what it found; drop its Java details (types, classes, options)
        original = original.replaceAll("`[^`]*`", "").replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("\\(for [^)]*\\)", "").replaceAll("\\s+", " ").strip();
        if (original.length() > 160) {
            original = original.substring(0, 160);
        }
        return "the request body is not valid JSON" + where + (original.isEmpty() ? "" : ": " + original) + at;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The JSON name of what a Java type reads, for messages that never show Java names. */
    private static String jsonKind(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
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
