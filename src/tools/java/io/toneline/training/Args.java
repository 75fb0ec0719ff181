package io.toneline.training;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Minimal {@code --key value} command-line parsing for the pipeline's main classes. */
final class Args {

    private final Map<String, String> values = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --key value pairs, got: " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    String string(String key, String fallback) {
        String v = values.getOrDefault(key, fallback);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + key);
        }
        return v;
    }

    Path path(String key) {
        return Path.of(string(key, null));
    }

    int integer(String key, int fallback) {
        return Integer.parseInt(string(key, String.valueOf(fallback)));
    }

    float number(String key, float fallback) {
        return Float.parseFloat(string(key, String.valueOf(fallback)));
    }
}
