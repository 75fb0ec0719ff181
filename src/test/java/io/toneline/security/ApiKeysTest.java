package io.toneline.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing API key entries, matching presented keys, and errors that never echo a key. */
class ApiKeysTest {

    private static final String KEY = "3f1c0a9e5b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e";

    @Test
    void sha256OfTheKeyAsSha256sumPrintsIt() {
        // printf %s abc | sha256sum
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.sha256Hex("abc"));
    }

    @Test
    void matchesTheEntryWhoseHashIsTheKeys() {
        ApiKeys keys = ApiKeys.parse(List.of("ci:writer:" + ApiKeys.sha256Hex(KEY),
                " ops : admin+reader : " + ApiKeys.sha256Hex("other").toUpperCase() + " ", ""));
        assertEquals("ci", keys.match(KEY).orElseThrow().name());
        assertEquals(Set.of("writer"), keys.match(KEY).orElseThrow().roles());
        assertEquals(Set.of("admin", "reader"), keys.match("other").orElseThrow().roles());
        assertTrue(keys.match(KEY + "x").isEmpty());
        assertTrue(keys.match("").isEmpty());
        assertTrue(keys.match(null).isEmpty());
        assertTrue(keys.match(ApiKeys.sha256Hex(KEY)).isEmpty(), "the hash is not the key");
        assertTrue(keys.match("x".repeat(ApiKeys.MAX_KEY_CHARS + 1)).isEmpty());
        assertEquals(List.of("ci (writer)", "ops (admin+reader)"), keys.describe());
        assertFalse(keys.isEmpty());
        assertTrue(ApiKeys.parse(List.of()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ci:writer                                   | must be <name>:<role>",
        "ci:writer:HASH:extra                        | must be <name>:<role>",
        "c i:writer:HASH                             | the name must be",
        ":writer:HASH                                | the name must be",
        "ci:root:HASH                                | unknown role 'root'",
        "ci:reader+:HASH                             | unknown role ''",
        "ci:writer:" + KEY + "0                      | never the key itself",
        "ci:writer:SECRET-KEY-PASTED-BY-MISTAKE      | never the key itself",
    })
    void malformedEntriesFailTheStartWithoutEchoingTheKey(String entry, String message) {
        String e = entry.replace("HASH", ApiKeys.sha256Hex(KEY));
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of(e)));
        assertTrue(x.getMessage().contains(message), x.getMessage());
        assertTrue(x.getMessage().startsWith("API key entry 1"), x.getMessage());
        assertFalse(x.getMessage().contains("SECRET"), x.getMessage());
        assertFalse(x.getMessage().contains(ApiKeys.sha256Hex(KEY)), x.getMessage());
    }

    @Test
    void namesAndKeysAreUnique() {
        String h = ApiKeys.sha256Hex(KEY);
        assertThrows(IllegalArgumentException.class,
                () -> ApiKeys.parse(List.of("a:reader:" + h, "a:writer:" + ApiKeys.sha256Hex("b"))));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.parse(List.of("a:reader:" + h, "b:writer:" + h)));
    }

    @Test
    void aKeysFileHoldsOneEntryALine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# pipelines\n\nci:writer:" + ApiKeys.sha256Hex(KEY) + "\n  # ops\nops:admin:"
                + ApiKeys.sha256Hex("o") + "\n");
        ApiKeys keys = ApiKeys.parse(ApiKeys.readFile(file));
        assertEquals(List.of("ci (writer)", "ops (admin)"), keys.describe());
    }
}
