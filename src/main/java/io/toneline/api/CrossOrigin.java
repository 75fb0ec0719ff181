package io.toneline.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sends on behalf of a page
 * of another origin: a cross-site page must not be able to submit, queue or delete analyses through a
 * visitor's browser. The rules follow what browsers send and cannot be made to forge:
 *
 * <ol>
 * <li>safe methods (GET, HEAD, OPTIONS) always pass;</li>
 * <li>{@code Sec-Fetch-Site: same-origin} or {@code none} passes (the built-in dashboard);</li>
 * <li>neither {@code Sec-Fetch-Site} nor {@code Origin}: not a browser (curl, scripts, other services), passes;</li>
 * <li>no {@code Sec-Fetch-Site} (older browsers) but an {@code Origin} naming the request's own host passes;</li>
 * <li>anything else comes from another origin ({@code cross-site}, or {@code same-site} from a sibling
 * host, or {@code Origin: null}) and passes only when its origin is one of {@code toneline.http.cors-origins},
 * and even then never with a "simple" content type ({@code text/plain},
 * {@code application/x-www-form-urlencoded}, {@code multipart/form-data}), which a page can send without
 * a CORS preflight: trusted pages send JSON (or {@code text/html}), which the preflight covers.</li>
 * </ol>
 */
final class CrossOrigin {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> SIMPLE_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");

    private final Set<String> trusted = new LinkedHashSet<>();

    /** @param trustedOrigins origins whose pages may write ({@code https://newsroom.example}); may be empty */
    CrossOrigin(List<String> trustedOrigins) {
        for (String o : trustedOrigins) {
            String normal = normalize(o.strip());
            if (normal == null) {
                throw new IllegalArgumentException("toneline.http.cors-origins: '" + o
                        + "' is not an origin (scheme://host[:port], no path)");
            }
            trusted.add(normal);
        }
    }

    /**
     * @param method the request method
     * @param host the request's own authority (host[:port]), or null when unknown
     * @param origin the Origin header, or null
     * @param fetchSite the Sec-Fetch-Site header, or null
     * @param contentType the Content-Type header, or null
     * @return null when the request may go on, else why it is refused
     */
    String refusal(String method, String host, String origin, String fetchSite, String contentType) {
        if (!UNSAFE.contains(method)) {
            return null;
        }
        String site = fetchSite == null ? null : fetchSite.strip().toLowerCase(Locale.ROOT);
        if ("same-origin".equals(site) || "none".equals(site)) {
            return null;
        }
        if (site == null && origin == null) {
            return null;
        }
        if (site == null && sameHost(origin, host)) {
            return null;
        }
        String from = origin == null ? null : normalize(origin.strip());
        if (from == null || !trusted.contains(from)) {
            return "a " + method + " from another site's page is refused (Origin " + (origin == null ? "absent" : "'"
                    + clip(origin) + "'") + ", Sec-Fetch-Site " + (site == null ? "absent" : site)
                    + "); list trusted origins in toneline.http.cors-origins";
        }
        String type = mediaType(contentType);
        if (type != null && SIMPLE_TYPES.contains(type)) {
            return "a cross-origin " + method + " may not send " + type
                    + " (no CORS preflight covers it); send application/json";
        }
        return null;
    }

    /** @return {@code scheme://host[:port]} in lower case with default ports left out, or null when not an origin */
    static String normalize(String origin) {
        URI u = parse(origin);
        if (u == null || u.getScheme() == null || u.getHost() == null || !(u.getPath() == null || u.getPath().isEmpty())
                || u.getQuery() != null || u.getFragment() != null || u.getUserInfo() != null) {
            return null;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort() == defaultPort(scheme) ? -1 : u.getPort();
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    private static boolean sameHost(String origin, String host) {
        if (origin == null || host == null) {
            return false;
        }
        URI o = parse(origin.strip());
        URI h = parse("http://" + host.strip());
        if (o == null || h == null || o.getHost() == null || h.getHost() == null || o.getScheme() == null) {
            return false;
        }
        int fallback = defaultPort(o.getScheme().toLowerCase(Locale.ROOT));
        int originPort = o.getPort() < 0 ? fallback : o.getPort();
        int hostPort = h.getPort() < 0 ? fallback : h.getPort();
        return o.getHost().equalsIgnoreCase(h.getHost()) && originPort == hostPort;
    }

    private static URI parse(String value) {
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String clip(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "..." : value;
    }
}
