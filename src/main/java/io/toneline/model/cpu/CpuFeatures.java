package io.toneline.model.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CPU's model name and the instruction-set flags that decide how fast each precision runs,
 * read from {@code /proc/cpuinfo} (Linux, the only platform the bundled libtorch supports).
 *
 * @param model the CPU model name, or {@code unknown}
 * @param flags the relevant flags found (avx2, avx512f, avx512_vnni, avx512_bf16, amx_bf16, amx_int8, avx_vnni)
 */
public record CpuFeatures(String model, Set<String> flags) {

    /** The flags worth reporting: what libtorch, oneDNN and FBGEMM dispatch on. */
    static final List<String> RELEVANT =
            List.of("avx2", "fma", "avx512f", "avx512_vnni", "avx_vnni", "avx512_bf16", "amx_bf16", "amx_int8");

    /** Copies the flags. */
    public CpuFeatures {
        flags = Set.copyOf(flags);
    }

    /** @return the features of this machine's CPU (no flags when /proc/cpuinfo cannot be read) */
    public static CpuFeatures detect() {
        try {
            return parse(Files.readAllLines(Path.of("/proc/cpuinfo")));
        } catch (IOException | RuntimeException e) {
            return new CpuFeatures("unknown", Set.of());
        }
    }

    /**
     * @param cpuinfo lines of {@code /proc/cpuinfo}
     * @return the first processor's model name and relevant flags
     */
    public static CpuFeatures parse(List<String> cpuinfo) {
        String model = "unknown";
        Set<String> flags = new TreeSet<>();
        boolean flagsSeen = false;
        for (String line : cpuinfo) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (key.equals("model name") && model.equals("unknown")) {
                model = value;
            } else if (key.equals("flags") && !flagsSeen) {
                flagsSeen = true;
                for (String f : value.split("\\s+")) {
                    if (RELEVANT.contains(f)) {
                        flags.add(f);
                    }
                }
            }
        }
        return new CpuFeatures(model, flags);
    }

    /** @return true where bfloat16 matrix products run natively (AVX512-BF16 or AMX-BF16) */
    public boolean nativeBf16() {
        return flags.contains("avx512_bf16") || flags.contains("amx_bf16");
    }

    /** @return true where AVX2 is there (FBGEMM's int8 kernels and fast float32 need it) */
    public boolean avx2() {
        return flags.contains("avx2");
    }

    /** @return e.g. {@code AMD EPYC [avx2 avx512_bf16 avx512f avx512_vnni fma]} */
    public String describe() {
        return model + " " + new TreeSet<>(flags);
    }
}
