package io.toneline.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configured API keys: entries {@code <name>:<role>[+<role>...]:<sha256-hex>}, held as SHA-256
 * hashes only. A presented key is hashed and compared with every entry in constant time, so neither
 * the keys nor the timing of a comparison tell which entry came close. Error messages name the entry
 * by its position and name, never by its hash field (which might be a key pasted by mistake).
 */
public final class ApiKeys {

    /** Longest key accepted for hashing; longer ones fail at once. */
    static final int MAX_KEY_CHARS = 1024;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /**
     * One configured key.
     *
     * @param name the key's name, for the log and as the principal name
     * @param roles the roles it grants (as configured; implications are added later)
     * @param hash SHA-256 of the key's UTF-8 bytes
     */
    public record ApiKey(String name, Set<String> roles, byte[] hash) {}

    private final List<ApiKey> keys;

    private ApiKeys(List<ApiKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /**
     * @param entries configured entries; blank ones are skipped
     * @return the keys
     * @throws IllegalArgumentException naming the first malformed entry and what is wrong with it
     */
    public static ApiKeys parse(List<String> entries) {
        List<ApiKey> keys = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        int n = 0;
        for (String raw : entries) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            n++;
            String[] f = raw.strip().split(":", -1);
            String name = f[0].strip();
            String where = "API key entry " + n + (NAME.matcher(name).matches() ? " (" + name + ")" : "");
            if (f.length != 3) {
                throw new IllegalArgumentException(where + " must be <name>:<role>[+<role>]:<sha256-hex>");
            }
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(where + ": the name must be 1 to 64 of A-Z a-z 0-9 . _ -");
            }
            Set<String> roles = new LinkedHashSet<>();
            for (String role : f[1].split("\\+", -1)) {
                String r = role.strip().toLowerCase(Locale.ROOT);
                if (!Roles.known(r)) {
                    throw new IllegalArgumentException(where + ": unknown role '" + (r.length() > 20 ? "…" : r)
                            + "'; roles are " + String.join(", ", Roles.ALL));
                }
                roles.add(r);
            }
            String hex = f[2].strip();
            if (!HEX.matcher(hex).matches()) {
                throw new IllegalArgumentException(where + ": the third field must be the SHA-256 of the key as"
                        + " 64 hex digits (printf %s \"$KEY\" | sha256sum), never the key itself");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ": the name is used twice");
            }
            if (!hashes.add(hex.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + ": the same key is configured twice");
            }
            keys.add(new ApiKey(name, Set.copyOf(roles), HexFormat.of().parseHex(hex)));
        }
        return new ApiKeys(keys);
    }

    /**
     * @param file a file of entries, one a line; blank lines and lines starting with {@code #} are skipped
     * @return its entries
     */
    public static List<String> readFile(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys file " + file, e);
        }
    }

    /**
     * @param presented the key a caller sent
     * @return the entry it belongs to, if any; every entry is compared, whatever matches
     */
    public Optional<ApiKey> match(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > MAX_KEY_CHARS) {
            return Optional.empty();
        }
        byte[] hash = sha256(presented);
        ApiKey found = null;
        for (ApiKey k : keys) {
            // MessageDigest.isEqual takes the same time wherever the arrays differ
            if (MessageDigest.isEqual(k.hash(), hash) && found == null) {
                found = k;
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return whether no key is configured */
    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** @return the keys' names and roles for the start-up log, e.g. {@code ci (writer)}; never hashes */
    public List<String> describe() {
        return keys.stream().map(k -> k.name() + " (" + String.join("+", new java.util.TreeSet<>(k.roles())) + ")").toList();
    }

    /**
     * @param key an API key
     * @return SHA-256 of its UTF-8 bytes as 64 lower-case hex digits, the form the configuration holds
     */
    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
