package io.toneline.model.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Which precision {@code auto} picks from the CPU's flags, and how /proc/cpuinfo is read. */
class PrecisionTest {

    @ParameterizedTest(name = "{0} (int8 accurate: {1}) -> {2}")
    @CsvSource({
        "'avx2 fma',                              true,  INT8",
        "'avx2 fma',                              false, FLOAT32",
        "'avx2 fma avx512f avx512_vnni',          true,  INT8",
        "'avx2 fma avx512f avx512_bf16',          true,  BFLOAT16",
        "'avx2 fma avx512f amx_bf16 amx_int8',    false, BFLOAT16",
        "'sse4_2',                                true,  FLOAT32",
        "'',                                      true,  FLOAT32",
    })
    void autoFollowsTheHardware(String flags, boolean int8Accurate, Precision expected) {
        CpuFeatures cpu = new CpuFeatures("test", flags.isBlank() ? Set.of() : Set.of(flags.trim().split("\\s+")));
        assertEquals(expected, Precision.auto(cpu, int8Accurate));
        assertEquals(expected, Precision.resolve("auto", cpu, int8Accurate));
    }

    @Test
    void explicitSettingsWin() {
        CpuFeatures bf16 = new CpuFeatures("x", Set.of("avx2", "avx512_bf16"));
        assertEquals(Precision.FLOAT32, Precision.resolve("float32", bf16, true));
        assertEquals(Precision.INT8, Precision.resolve(" INT8 ", bf16, false));
        assertThrows(IllegalArgumentException.class, () -> Precision.resolve("fp16", bf16, true));
    }

    @Test
    void readsCpuinfo() {
        CpuFeatures cpu = CpuFeatures.parse(List.of(
                "processor\t: 0",
                "model name\t: AMD EPYC 9R14",
                "flags\t\t: fpu sse2 avx2 fma avx512f avx512_bf16 avx512_vnni sha_ni",
                "processor\t: 1",
                "model name\t: ignored",
                "flags\t\t: amx_bf16"));
        assertEquals("AMD EPYC 9R14", cpu.model());
        assertEquals(Set.of("avx2", "fma", "avx512f", "avx512_bf16", "avx512_vnni"), cpu.flags());
        assertEquals(true, cpu.nativeBf16());
        assertEquals("unknown", CpuFeatures.parse(List.of()).model());
    }
}
