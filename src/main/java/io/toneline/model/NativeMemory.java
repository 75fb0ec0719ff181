package io.toneline.model;

import com.sun.jna.Library;
import com.sun.jna.Native;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps libtorch's native memory bounded on the plain {@code java -jar} path, where nobody preloads jemalloc.
 *
 * <p>Under load the resident memory of the service grew with glibc's malloc, because libtorch's tensors come
 * and go in many sizes and freed space stayed in malloc's heaps, and because oneDNN keeps compiled kernels
 * for every input shape it has seen (README, "Memory under load"). The container image fixes both from the
 * outside (jemalloc, environment variables). This class does the same from inside the process, before the
 * engine starts, so that the quick start needs no setup:
 * <ul>
 *   <li>sets {@code ONEDNN_PRIMITIVE_CACHE_CAPACITY} and {@code LRU_CACHE_CAPACITY} to 16 in the C environment,
 *       unless they are set already (libtorch reads them with {@code getenv} when it first runs);</li>
 *   <li>on glibc's malloc (no jemalloc or tcmalloc preloaded, no {@code GLIBC_TUNABLES} threshold given),
 *       fixes malloc's mmap threshold at 128 KiB with {@code mallopt}: tensors above it go to their own
 *       mappings and return to the system when freed, as {@code glibc.malloc.mmap_threshold=131072} does.</li>
 * </ul>
 * Anything that cannot be applied (not Linux, no libc through JNA, a native image) is logged and skipped.
 */
public final class NativeMemory {

    private static final Logger LOG = Logger.getLogger(NativeMemory.class);

    /** glibc's {@code M_MMAP_THRESHOLD} option of {@code mallopt}. */
    private static final int M_MMAP_THRESHOLD = -3;
    /** Allocations from this size up get their own mapping (the value measured in the README). */
    static final int MMAP_THRESHOLD_BYTES = 128 * 1024;
    /** Variables libtorch reads at start, with the value that bounded the kernel caches in the README. */
    static final Map<String, String> ENVIRONMENT = Map.of("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "16",
            "LRU_CACHE_CAPACITY", "16");

    private static volatile boolean applied;

    private NativeMemory() {}

    /** The C library functions used; JNA binds them by name. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int mallopt(int param, int value);

        String getenv(String name);
    }

    /**
     * What {@link #apply()} would change in a process with this environment: a pure decision, tested alone.
     *
     * @param os the {@code os.name} property
     * @param environment the process environment
     * @return the variables to set, and whether to fix malloc's mmap threshold
     */
    static Plan plan(String os, Map<String, String> environment) {
        if (!os.toLowerCase(Locale.ROOT).contains("linux")) {
            return new Plan(List.of(), false);
        }
        List<String> set = new ArrayList<>();
        for (String name : ENVIRONMENT.keySet().stream().sorted().toList()) {
            if (environment.get(name) == null) {
                set.add(name);
            }
        }
        String preload = environment.getOrDefault("LD_PRELOAD", "").toLowerCase(Locale.ROOT);
        boolean otherMalloc = preload.contains("jemalloc") || preload.contains("tcmalloc")
                || preload.contains("mimalloc");
        boolean thresholdGiven = environment.getOrDefault("GLIBC_TUNABLES", "").contains("mmap_threshold")
                || environment.get("MALLOC_MMAP_THRESHOLD_") != null;
        return new Plan(List.copyOf(set), !otherMalloc && !thresholdGiven);
    }

    /**
     * @param environment variables to set in the C environment
     * @param fixMmapThreshold whether to call {@code mallopt(M_MMAP_THRESHOLD, 128 KiB)}
     */
    record Plan(List<String> environment, boolean fixMmapThreshold) {}

    /**
     * @param name a variable
     * @return its value in the C environment, which libtorch reads (the JVM's {@code System.getenv} is a copy
     *     taken at start), or null when unset or unreadable
     */
    static String nativeEnvironment(String name) {
        try {
            return Native.load("c", LibC.class).getenv(name);
        } catch (Throwable e) {
            return null;
        }
    }

    /** Applies the plan for this process once; call it before libtorch loads. */
    static synchronized void apply() {
        if (applied) {
            return;
        }
        applied = true;
        Plan plan = plan(System.getProperty("os.name", ""), System.getenv());
        if (plan.environment().isEmpty() && !plan.fixMmapThreshold()) {
            return;
        }
        try {
            LibC libc = Native.load("c", LibC.class);
            for (String name : plan.environment()) {
                libc.setenv(name, ENVIRONMENT.get(name), 0);
            }
            boolean threshold = plan.fixMmapThreshold() && libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES) == 1;
            LOG.infof("Native memory: %s%s", plan.environment().isEmpty() ? ""
                    : "set " + String.join(", ", plan.environment().stream().map(n -> n + "=" + ENVIRONMENT.get(n))
                            .toList()) + "; ",
                    threshold ? "malloc's mmap threshold fixed at 128 KiB" : "malloc left as it is");
        } catch (Throwable e) { // UnsatisfiedLinkError, no JNA in a native image: run without, as before
            LOG.warnf("Native memory settings not applied (%s); resident memory may grow under load, see README",
                    e.getClass().getSimpleName());
        }
    }
}
