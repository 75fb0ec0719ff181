package io.toneline.errors;

import java.util.OptionalInt;

/**
 * Every problem type the service can answer, listed once: its status, slug, title, retry hint and
 * what it means. Our own exceptions take their type from here, and so does every place that writes a
 * problem document for the framework's or the HTTP layer's errors; the OpenAPI document lists them
 * from here too. A problem document's {@code type} is {@code urn:toneline:problem:<slug>}.
 */
public enum ProblemType {

    // caller mistakes in what was sent
    /** A field, parameter or header that is missing, empty or malformed. */
    INVALID_INPUT(400, "invalid-input", "Invalid input",
            "A field, query parameter or header is missing, empty or malformed; the detail names it."),
    /** A body that is not JSON or not of the expected shape. */
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON",
            "The body is not valid JSON, has a duplicate key, or has the wrong kind of value at the path named."),
    /** What the HTTP layer cannot read. */
    BAD_REQUEST(400, "bad-request", "Bad request",
            "The HTTP request cannot be read: a malformed URI or percent-encoding, or a control character in a header."),
    /** No credentials, or credentials that are not accepted. */
    UNAUTHORIZED(401, "unauthorized", "Unauthorized",
            "The call needs credentials (Authorization: Bearer <API key or JWT>, or X-API-Key), or the ones sent"
                    + " were not accepted; the answer carries WWW-Authenticate: Bearer."),
    /** Credentials without the role, or a write sent by another site's page. */
    FORBIDDEN(403, "forbidden", "Forbidden",
            "The credentials lack the role the call needs (reader, writer, admin), or a page of another site"
                    + " sent a write through a visitor's browser."),
    /** A service without credentials configured, called from another host. */
    LOCAL_ONLY(403, "local-only", "Local clients only",
            "The service has no credentials configured, so it answers clients on its own machine only."),
    /** No such analysis, actor or path. */
    NOT_FOUND(404, "not-found", "Not found", "No such analysis, actor or resource."),
    /** A method the path does not take. */
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed", "The path does not take this method."),
    /** An Accept header the service cannot satisfy. */
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable",
            "The service cannot produce the media type asked for in Accept; accept application/json."),
    /** Another submission won the race for an idempotency key. */
    IDEMPOTENCY_KEY_IN_USE(409, "idempotency-key-in-use", "Idempotency key in use",
            "Another submission with the same Idempotency-Key is being stored; send it again to get its answer."),
    /** Content over a configured limit of Toneline's. */
    TOO_LARGE(413, "too-large", "Content too large",
            "The text, paragraphs, targets or tokens exceed a configured limit (toneline.limits.*, named in the"
                    + " detail); not worth retrying unchanged."),
    /** A request body over the HTTP body limit. */
    CONTENT_TOO_LARGE(413, "content-too-large", "Request body too large",
            "The request body is larger than quarkus.http.limits.max-body-size; the connection is closed."),
    /** A request URI over the limit. */
    URI_TOO_LONG(414, "uri-too-long", "URI too long", "The request URI is longer than toneline.http.max-uri-chars."),
    /** A body the endpoint does not read. */
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type",
            "Content-Type is missing a single media type the endpoint reads: application/json, text/plain or text/html."),
    /** A target span that does not point into its text. */
    SPAN_OUTSIDE_TEXT(422, "span-outside-text", "Target span outside its text",
            "A target span is not a non-empty range of character offsets inside its text."),
    /** Well-formed but unusable. */
    UNPROCESSABLE(422, "unprocessable", "Unprocessable content",
            "Well-formed but unusable: too many actors, aliases, items or targets, or an Idempotency-Key reused"
                    + " with a different request."),
    /** The queue of stored analyses is full. */
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests",
            "The queue of analyses is full; retry after Retry-After seconds."),
    /** Request headers over the limit. */
    REQUEST_HEADER_FIELDS_TOO_LARGE(431, "request-header-fields-too-large", "Request header fields too large",
            "The request headers are larger than toneline.http.max-header-bytes."),

    // our own failures: the cause stays in the log
    /** Any failure of ours without a type of its own. */
    INTERNAL_ERROR(500, "internal-error", "Internal error", "The service failed; the error has been logged."),
    /** The model failed on valid input. */
    MODEL_FAILED(500, "model-failed", "Model failed", "The tone model failed on valid input; the error has been logged."),
    /** The database failed in a way that is not an outage. */
    STORE_FAILED(500, "store-failed", "Store failed",
            "The analyses store failed in a way that is not an outage; the error has been logged."),
    /** The model is still loading or could not be loaded. */
    MODEL_UNAVAILABLE(503, "model-unavailable", "Model unavailable", 10,
            "The tone model is still loading (retry after Retry-After seconds) or could not be loaded."),
    /** The model's queue has no room, or the model is shutting down. */
    OVERLOADED(503, "overloaded", "Service busy", 5,
            "The tone model's queue has no room, or the model is shutting down; retry after Retry-After seconds."),
    /** The database cannot be reached or cannot write. */
    STORE_UNAVAILABLE(503, "store-unavailable", "Store unavailable", 10,
            "The analyses store cannot be reached or cannot write; nothing was stored, the same request can be"
                    + " sent again after Retry-After seconds."),
    /** The HTTP layer cannot take the request now, e.g. too many large bodies are being read at once. */
    SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable", 1,
            "The service cannot take the request right now, e.g. too many large request bodies are being read"
                    + " (toneline.http.max-body-bytes-in-flight); send it again after Retry-After seconds.");

    /** Prefix of a problem document's {@code type}. */
    public static final String URN_PREFIX = "urn:toneline:problem:";

    private final int status;
    private final String slug;
    private final String title;
    private final int retryAfterSeconds;
    private final String description;

    ProblemType(int status, String slug, String title, String description) {
        this(status, slug, title, 0, description);
    }

    ProblemType(int status, String slug, String title, int retryAfterSeconds, String description) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
        this.description = description;
    }

    /** @return the HTTP status every answer of this type has */
    public int status() {
        return status;
    }

    /** @return the short name, e.g. {@code too-large} */
    public String slug() {
        return slug;
    }

    /** @return the problem document's {@code type}: {@code urn:toneline:problem:<slug>} */
    public String uri() {
        return URN_PREFIX + slug;
    }

    /** @return the short summary, the same for every answer of this type */
    public String title() {
        return title;
    }

    /** @return the fixed Retry-After of this type, or empty when it has none (or each answer sets its own) */
    public OptionalInt retryAfterSeconds() {
        return retryAfterSeconds > 0 ? OptionalInt.of(retryAfterSeconds) : OptionalInt.empty();
    }

    /** @return what it means and what a client can do, in one line */
    public String description() {
        return description;
    }

    /** @return true for our own failures (5xx), whose details stay in the log */
    public boolean serverError() {
        return status >= 500;
    }

    /**
     * The type for a bare HTTP status that the framework or the HTTP layer answers with (a path or method
     * the service does not have, an unreadable request). Statuses without a type of their own become
     * {@link #BAD_REQUEST} or {@link #INTERNAL_ERROR}, whose status the answer then has.
     *
     * @param status an HTTP status
     * @return its type
     */
    public static ProblemType ofHttpStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> CONTENT_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> REQUEST_HEADER_FIELDS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
        };
    }
}
