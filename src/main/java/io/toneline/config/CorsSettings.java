package io.toneline.config;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;

import jakarta.annotation.Priority;

/**
 * Turns {@code toneline.http.cors-origins} into Quarkus' CORS settings, so that one setting does it:
 * when it lists origins, {@code quarkus.http.cors.enabled} reads {@code true} and
 * {@code quarkus.http.cors.origins} (unless set itself) reads the same list, and Quarkus' CORS filter
 * answers preflights for them; when it is empty, both stay as they are (CORS off, the default).
 * Registered through {@code META-INF/services/io.smallrye.config.ConfigSourceInterceptor}.
 */
@Priority(Priorities.APPLICATION)
public class CorsSettings implements ConfigSourceInterceptor {

    /** Toneline's setting: comma-separated origins. */
    public static final String ORIGINS = "toneline.http.cors-origins";
    static final String QUARKUS_ENABLED = "quarkus.http.cors.enabled";
    static final String QUARKUS_ORIGINS = "quarkus.http.cors.origins";

    private static final long serialVersionUID = 1L;

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!QUARKUS_ENABLED.equals(name) && !QUARKUS_ORIGINS.equals(name)) {
            return context.proceed(name);
        }
        ConfigValue own = context.proceed(name);
        ConfigValue origins = context.proceed(ORIGINS);
        if (origins == null || origins.getValue() == null || origins.getValue().isBlank()) {
            return own;
        }
        if (QUARKUS_ENABLED.equals(name)) {
            return origins.withName(name).withValue("true");
        }
        return own != null && own.getValue() != null && !own.getValue().isBlank() ? own : origins.withName(name);
    }
}
