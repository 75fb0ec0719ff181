package io.toneline.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the labels of Quarkus' HTTP server metrics ({@code http_server_requests_seconds} and the other
 * {@code http.server.*} meters) bounded, whatever clients send.
 *
 * <p>Quarkus labels a request with its route template when one matched ({@code /v1/analyses/{id}}), but
 * with the raw path when none did and the answer was not a 404 or a redirection: a 414 for a 70,000
 * character URI, a 400 for bad percent-encoding, a 403 for a cross-site write, a static file reached as
 * {@code /x/../dashboard.js}. Each such path would be a time series of its own. Here a {@code uri} label
 * stays only when it is one of the service's routes; everything else, {@code NOT_FOUND} and
 * {@code REDIRECTION} included, becomes {@value #UNKNOWN}. Methods outside the standard ones (Vert.x
 * accepts any token) become {@value #UNKNOWN} as well.
 */
@ApplicationScoped
public class HttpLabels {

    /** The one label of requests that matched none of the routes. */
    public static final String UNKNOWN = "UNKNOWN";

    /** Route templates and static files that keep their own label ("root" is Quarkus' label of {@code /}). */
    static final Set<String> ROUTES = Set.of(
            "root", "/index.html", "/dashboard.js", "/chart.js", "/dashboard.css",
            "/v1/analyses", "/v1/analyses/{id}", "/v1/actors", "/v1/actors/{id}/timeline", "/v1/tone",
            "/q/metrics", "/q/health", "/q/health/live", "/q/health/ready", "/q/health/started",
            "/q/openapi");

    /** Prefixes whose files share one label: the web dependencies (ECharts) and the Swagger UI. */
    private static final List<String> PREFIXES = List.of("/_static", "/q/swagger-ui");

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
            "TRACE", "CONNECT");

    /**
     * @param value the {@code uri} label Quarkus chose
     * @return the same when it names a route, the shared prefix label for web dependencies and the
     *     Swagger UI, else {@value #UNKNOWN}
     */
    public static String uri(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (ROUTES.contains(value)) {
            return value;
        }
        for (String prefix : PREFIXES) {
            if (value.equals(prefix) || value.startsWith(prefix + "/")) {
                return prefix;
            }
        }
        return UNKNOWN;
    }

    /**
     * @param value the {@code method} label
     * @return the same for a standard method, else {@value #UNKNOWN}
     */
    public static String method(String value) {
        return value != null && METHODS.contains(value) ? value : UNKNOWN;
    }

    /** @return the filter Quarkus applies to every meter registry (it picks up MeterFilter beans) */
    @Produces
    @Singleton
    MeterFilter boundedHttpLabels() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                if (!id.getName().startsWith("http.server")) {
                    return id;
                }
                List<Tag> tags = new ArrayList<>();
                boolean changed = false;
                for (Tag tag : id.getTagsAsIterable()) {
                    String bounded = switch (tag.getKey()) {
                        case "uri" -> uri(tag.getValue());
                        case "method" -> method(tag.getValue());
                        default -> tag.getValue();
                    };
                    changed |= !bounded.equals(tag.getValue());
                    tags.add(Tag.of(tag.getKey(), bounded));
                }
                return changed ? id.replaceTags(tags) : id;
            }
        };
    }
}
