package io.toneline.api;

import io.vertx.core.MultiMap;

/**
 * The headers that keep browsers safe with the service's answers, set on every response just before
 * its headers go out (so they also override what the static file handler chose).
 *
 * <ul>
 * <li>everywhere: {@code X-Content-Type-Options: nosniff} (a JSON answer is never run as a script or
 * page) and {@code Referrer-Policy: no-referrer};</li>
 * <li>outside {@code /q/} (the dashboard, its files and the API): a {@code Content-Security-Policy}
 * that lets a page load only the service's own scripts, styles and connections and never be framed;
 * the Swagger UI and Dev UI under {@code /q/} use inline scripts and keep Quarkus' defaults;</li>
 * <li>the dashboard's files ({@code /}, {@code index.html}, {@code dashboard.js}, {@code chart.js},
 * {@code dashboard.css}, ECharts under {@code /_static/}): {@code Cache-Control: no-cache} instead of the
 * static handler's {@code public, immutable, max-age=86400} ({@code quarkus.http.static-resources.max-age}),
 * so that a browser revalidates them ({@code Last-Modified} / {@code If-Modified-Since}, answered 304) and
 * an upgrade shows at the next load.</li>
 * </ul>
 */
final class BrowserHeaders {

    /** The dashboard's policy: its own scripts, styles and API only; ECharts draws SVG with attributes. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private BrowserHeaders() {}

    /**
     * @param path the request path as routed (null when it could not be read: then the strictest headers)
     * @param headers the response headers, about to be written
     */
    static void apply(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (path != null && path.startsWith("/q/")) {
            return;
        }
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (path == null || !path.startsWith("/v1/")) {
            headers.set("Cache-Control", "no-cache");
        }
    }
}
