package io.toneline.security;

import io.netty.util.NetUtil;

/**
 * What the HTTP layer lets through before authentication, as pure functions of the client's address
 * and the path: an unconfigured service (no API key, no JWT key) answers loopback clients only;
 * health is open to anyone (kubelets are not on loopback); metrics are open unless protected.
 * Everything else is decided later, by the roles of the caller's {@code SecurityIdentity}.
 */
public final class AccessRules {

    /** What to do with a request before it reaches its route. */
    public enum Access {
        /** Let it through (roles, where a route needs them, are checked there). */
        PASS,
        /** 403: no credentials are configured and the client is not on this machine. */
        LOCAL_ONLY,
        /** Metrics are protected: the caller needs the reader role. */
        NEEDS_READER
    }

    private final String health;
    private final String metrics;

    /**
     * @param nonApplicationRoot where Quarkus serves health and metrics, e.g. {@code /q}
     */
    public AccessRules(String nonApplicationRoot) {
        String root = nonApplicationRoot.endsWith("/")
                ? nonApplicationRoot.substring(0, nonApplicationRoot.length() - 1) : nonApplicationRoot;
        this.health = root + "/health";
        this.metrics = root + "/metrics";
    }

    /**
     * @param credentials whether any API key or JWT key is configured
     * @param protectMetrics whether {@code /q/metrics} needs the reader role
     * @param remoteAddress the TCP peer's address, as an IP literal
     * @param path the normalized request path
     * @return what to do with the request
     */
    public Access decide(boolean credentials, boolean protectMetrics, String remoteAddress, String path) {
        if (under(path, health)) {
            return Access.PASS;
        }
        if (under(path, metrics) && !protectMetrics) {
            return Access.PASS;
        }
        if (!credentials) {
            return isLoopback(remoteAddress) ? Access.PASS : Access.LOCAL_ONLY;
        }
        return under(path, metrics) ? Access.NEEDS_READER : Access.PASS;
    }

    /**
     * @param path a normalized request path
     * @return whether it is a metrics path
     */
    public boolean isMetrics(String path) {
        return under(path, metrics);
    }

    /**
     * Whether an address is on this machine: 127.0.0.0/8, {@code ::1}, and IPv4-mapped
     * {@code ::ffff:127.x.y.z}. Only IP literals are read (never a name lookup); anything else,
     * including {@code null}, is not loopback.
     *
     * @param address an IP literal, optionally in brackets or with an IPv6 zone ({@code fe80::1%eth0})
     * @return whether it is a loopback address
     */
    public static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        // Netty parses IP literals only (no name lookup) and answers null for anything else
        byte[] ip = NetUtil.createByteArrayFromIpAddressString(a);
        if (ip == null) {
            return false;
        }
        if (ip.length == 4) {
            return ip[0] == 127;
        }
        boolean zeroTen = true;
        for (int i = 0; i < 10; i++) {
            zeroTen &= ip[i] == 0;
        }
        if (zeroTen && ip[10] == (byte) 0xff && ip[11] == (byte) 0xff) {
            return ip[12] == 127; // IPv4-mapped ::ffff:127.x.y.z
        }
        for (int i = 0; i < 15; i++) {
            if (ip[i] != 0) {
                return false;
            }
        }
        return ip[15] == 1; // ::1
    }

    private static boolean under(String path, String prefix) {
        return path != null && (path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
