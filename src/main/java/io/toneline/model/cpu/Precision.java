package io.toneline.model.cpu;

import java.util.Locale;

/**
 * The number format the tone model computes in, chosen once when it is loaded. The artifact stores
 * bfloat16 weights; float32 and int8 are made from them at load time.
 */
public enum Precision {
    /** 32-bit floats: exact, and fast on any x86-64 CPU with AVX2. */
    FLOAT32,
    /** bfloat16: fastest where the CPU computes it natively (AVX512-BF16, AMX), emulated and slow elsewhere. */
    BFLOAT16,
    /** Dynamic int8 of the encoder's linear layers (FBGEMM): faster than float32 where it is accurate enough. */
    INT8;

    /** @return the name used in configuration, metadata and the model's own {@code set_precision} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param id {@code float32}, {@code bfloat16} or {@code int8}, any case
     * @return the precision
     * @throws IllegalArgumentException for any other value
     */
    public static Precision of(String id) {
        for (Precision p : values()) {
            if (p.id().equalsIgnoreCase(id.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown precision '" + id + "' (float32, bfloat16 or int8)");
    }

    /**
     * Picks the precision for {@code auto}: bfloat16 only where the CPU computes it natively;
     * otherwise int8 where the artifact's own evaluation found it accurate enough and the CPU has
     * the vector instructions FBGEMM needs (AVX2), else float32.
     *
     * @param cpu the CPU's features
     * @param int8Accurate whether int8 stayed within the allowed macro-F1 loss on dev (from metadata)
     * @return the precision to use
     */
    public static Precision auto(CpuFeatures cpu, boolean int8Accurate) {
        if (cpu.nativeBf16()) {
            return BFLOAT16;
        }
        if (int8Accurate && cpu.avx2()) {
            return INT8;
        }
        return FLOAT32;
    }

    /**
     * Resolves the configured value ({@code auto} or a precision name).
     *
     * @param configured the setting
     * @param cpu the CPU's features
     * @param int8Accurate see {@link #auto}
     * @return the precision to use
     */
    public static Precision resolve(String configured, CpuFeatures cpu, boolean int8Accurate) {
        return "auto".equalsIgnoreCase(configured.trim()) ? auto(cpu, int8Accurate) : of(configured);
    }
}
