package io.toneline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NativeMemoryTest {

    private static final String BOTH = "LRU_CACHE_CAPACITY ONEDNN_PRIMITIVE_CACHE_CAPACITY";

    @Test
    void setsTheCapsWhereLibtorchReadsThem() {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux"));
        NativeMemory.apply(true);
        for (String name : NativeMemory.ENVIRONMENT.keySet()) {
            // the user's value where one was set, else ours; either way libtorch's getenv sees one
            String expected = System.getenv(name) != null ? System.getenv(name) : NativeMemory.ENVIRONMENT.get(name);
            assertEquals(expected, NativeMemory.nativeEnvironment(name), name);
        }
    }

    @ParameterizedTest(name = "{0} {1} -> set [{2}], trim {3}")
    @CsvSource(delimiter = '|', value = {
        // the quick start: nothing set, glibc malloc
        "Linux    | ''                                                    | " + BOTH + " | true",
        // the image: jemalloc preloaded and both caps set; nothing to do
        "Linux    | LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2;ONEDNN_PRIMITIVE_CACHE_CAPACITY=16;LRU_CACHE_CAPACITY=16 | '' | false",
        "Linux    | LD_PRELOAD=/usr/lib/libtcmalloc_minimal.so.4            | " + BOTH + " | false",
        // the user's own values win
        "Linux    | ONEDNN_PRIMITIVE_CACHE_CAPACITY=64                    | LRU_CACHE_CAPACITY | true",
        "Linux    | LD_PRELOAD=/opt/lib/libmimalloc.so                      | LRU_CACHE_CAPACITY ONEDNN_PRIMITIVE_CACHE_CAPACITY | false",
        // glibc's own tunables keep glibc: its heaps are still trimmed
        "Linux    | GLIBC_TUNABLES=glibc.malloc.arena_max=2                 | " + BOTH + " | true",
        // setenv and malloc_trim are glibc's: nothing elsewhere
        "Mac OS X | ''                                                    | '' | false",
        "Windows 11 | ''                                                  | '' | false",
    })
    void plansOnlyWhatIsMissing(String os, String environment, String expectedSet, boolean trim) {
        Map<String, String> env = new HashMap<>();
        for (String pair : environment.split(";")) {
            if (!pair.isBlank()) {
                String[] kv = pair.split("=", 2);
                env.put(kv[0], kv[1]);
            }
        }
        NativeMemory.Plan plan = NativeMemory.plan(os, env);
        List<String> expected = expectedSet.isBlank() ? List.of() : Arrays.asList(expectedSet.split(" "));
        assertEquals(expected, plan.environment());
        assertEquals(trim, plan.trim());
    }
}
