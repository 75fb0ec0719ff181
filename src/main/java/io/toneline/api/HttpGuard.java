package io.toneline.api;

import io.toneline.config.TonelineConfig;
import io.toneline.errors.ProblemType;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Checks every request at the HTTP layer, before any resource code reads it, and turns the HTTP
 * layer's own failures into problem+json. Resource-level errors go through {@link ProblemMapper};
 * this class covers what happens before or outside it: URIs, headers and bodies over their limits,
 * unparsable Content-Type values, control characters in headers, bad percent-encoding, and writes
 * that a page of another site sends through a visitor's browser ({@link CrossOrigin}: 403). It also
 * sets the browser headers of every answer ({@link BrowserHeaders}).
 *
 * <p>The codec's own limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}) are set well above the limits enforced here so that ordinary oversize
 * requests get a problem document from this class; beyond the codec's limits Vert.x answers 414/431
 * itself with an empty body (Quarkus has no hook for that case).
 */
@ApplicationScoped
public class HttpGuard {

    private static final Logger LOG = Logger.getLogger(HttpGuard.class);

    private final ObjectMapper json;
    private final TonelineConfig.Http limits;
    private final long maxBodyBytes;
    private final CrossOrigin crossOrigin;
    private final BodyBudget bodies;

    /**
     * @param json Quarkus' object mapper
     * @param config URI and header limits, trusted origins
     * @param maxBody the body limit Quarkus enforces on chunked bodies too
     */
    public HttpGuard(ObjectMapper json, TonelineConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.json = json;
        this.limits = config.http();
        this.maxBodyBytes = maxBody.asLongValue();
        this.crossOrigin = new CrossOrigin(limits.corsOrigins().orElse(List.of()));
        this.bodies = new BodyBudget(limits.maxBodyBytesInFlight());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
        // a chunked body has no Content-Length to check: read it here, within the limit, so that an
        // oversize one fails this route (413 problem) instead of the REST layer's empty 413
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.route().order(Integer.MIN_VALUE + 1).handler(rc -> {
            if (rc.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null && hasBody(rc.request())) {
                chunked.handle(rc);
            } else {
                rc.next();
            }
        }).failureHandler(this::failed);
        // failures that reach the router without a route (body limits on chunked bodies, bad paths)
        for (int status : new int[] {400, 413, 500}) {
            router.errorHandler(status, this::failed);
        }
    }

    private void check(RoutingContext rc) {
        HttpServerRequest req = rc.request();
        rc.addHeadersEndHandler(v -> BrowserHeaders.apply(normalizedPath(rc), rc.response().headers()));
        int headerBytes = headerBytes(req);
        String controlHeader = controlCharacter(req);
        String problem = null;
        ProblemType type = null;
        if (!validUri(req.uri())) {
            type = ProblemType.BAD_REQUEST;
            problem = "the request URI is not valid (check its percent-encoding and characters)";
        } else if (req.uri().length() > limits.maxUriChars()) {
            type = ProblemType.URI_TOO_LONG;
            problem = "the request URI has " + req.uri().length() + " characters; the limit is "
                    + limits.maxUriChars();
        } else if (headerBytes > limits.maxHeaderBytes()) {
            type = ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE;
            problem = "the request headers have " + headerBytes + " bytes; the limit is "
                    + limits.maxHeaderBytes();
        } else if (tooLarge(req)) {
            type = ProblemType.CONTENT_TOO_LARGE;
            problem = "the request body has " + req.getHeader(HttpHeaders.CONTENT_LENGTH)
                    + " bytes; the limit is " + maxBodyBytes;
        } else if (controlHeader != null) {
            type = ProblemType.BAD_REQUEST;
            problem = "header " + controlHeader + " holds a control character";
        } else if (hasBody(req) && !parses(req.getHeader(HttpHeaders.CONTENT_TYPE))) {
            type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
            problem = "Content-Type is not a single media type; send application/json, text/plain or text/html";
        } else {
            problem = crossOrigin.refusal(req.method().name(), authority(req), req.getHeader(HttpHeaders.ORIGIN),
                    req.getHeader("Sec-Fetch-Site"), req.getHeader(HttpHeaders.CONTENT_TYPE));
            type = ProblemType.FORBIDDEN;
        }
        if (problem != null) {
            send(rc, type, problem, type == ProblemType.CONTENT_TOO_LARGE || type == ProblemType.URI_TOO_LONG
                    || type == ProblemType.REQUEST_HEADER_FIELDS_TOO_LARGE);
        } else if (hasBody(req)) {
            long bytes = declaredLength(req);
            if (!bodies.tryAcquire(bytes)) {
                send(rc, ProblemType.SERVICE_UNAVAILABLE, "too many large request bodies are being read right now"
                        + " (toneline.http.max-body-bytes-in-flight); send it again shortly", true);
                return;
            }
            rc.addEndHandler(v -> bodies.release(bytes));
            rc.next();
        } else {
            rc.next();
        }
    }

    /** Content-Length, or the body limit for a chunked body (its size is not known before it is read). */
    private long declaredLength(HttpServerRequest req) {
        String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? maxBodyBytes : Math.max(0, Long.parseLong(length.trim()));
        } catch (NumberFormatException e) {
            return maxBodyBytes;
        }
    }

    private void failed(RoutingContext rc) {
        if (rc.response().ended() || rc.response().headWritten()) {
            return;
        }
        ProblemType type = ProblemType.ofHttpStatus(rc.statusCode() > 0 ? rc.statusCode() : 500);
        String detail = switch (type) {
            case BAD_REQUEST -> "the request could not be read (malformed URI, percent-encoding or headers)";
            case CONTENT_TOO_LARGE -> "the request body is larger than " + maxBodyBytes + " bytes";
            default -> type.serverError() ? "the service failed; the error has been logged"
                    : type.title().toLowerCase(java.util.Locale.ROOT);
        };
        if (type.serverError()) {
            LOG.errorf(rc.failure(), "request to %s failed", safePath(rc));
        }
        send(rc, type, detail, type == ProblemType.CONTENT_TOO_LARGE);
    }

    private void send(RoutingContext rc, ProblemType type, String detail, boolean close) {
        // close: the rest of an oversized request is not read; the connection cannot be reused
        RoutedProblems.send(rc, json, type, detail, safePath(rc), close);
    }

    /** @return the path as routed (dot segments and %2e resolved), or null when it cannot be read */
    private static String normalizedPath(RoutingContext rc) {
        try {
            return rc.normalizedPath();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String safePath(RoutingContext rc) {
        String path;
        try {
            path = rc.request().path();
        } catch (RuntimeException e) {
            return null; // a URI too broken to split
        }
        if (path == null) {
            return null;
        }
        return path.length() > 200 ? path.substring(0, 200) + "..." : path.replaceAll("\\p{Cntrl}", "?");
    }

    /** @return the request's own host[:port] (after Quarkus' proxy settings, when enabled), or null */
    private static String authority(HttpServerRequest req) {
        HostAndPort a = req.authority();
        if (a == null || a.host() == null) {
            return null;
        }
        String host = a.host().indexOf(':') >= 0 && !a.host().startsWith("[") ? "[" + a.host() + "]" : a.host();
        return a.port() >= 0 ? host + ":" + a.port() : host;
    }

    /** The check Quarkus makes before routing, made here so that a failure gets a problem document. */
    private static boolean validUri(String uri) {
        if (uri == null || uri.isEmpty()) {
            return false;
        }
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private boolean tooLarge(HttpServerRequest req) {
        String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int headerBytes(HttpServerRequest req) {
        int n = 0;
        for (Map.Entry<String, String> h : req.headers()) {
            n += h.getKey().length() + h.getValue().length() + 4;
        }
        return n;
    }

    private static String controlCharacter(HttpServerRequest req) {
        for (Map.Entry<String, String> h : req.headers()) {
            String v = h.getValue();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if ((c < 0x20 && c != '\t') || c == 0x7f) {
                    return h.getKey();
                }
            }
        }
        return null;
    }

    private static boolean parses(String contentType) {
        try {
            MediaType t = MediaType.valueOf(contentType);
            return !t.getType().isEmpty() && !t.getSubtype().isEmpty() && !t.isWildcardType();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean hasBody(HttpServerRequest req) {
        HttpMethod m = req.method();
        return (m == HttpMethod.POST || m == HttpMethod.PUT || m == HttpMethod.PATCH)
                && req.headers().contains(HttpHeaders.CONTENT_TYPE);
    }
}
