package io.toneline.model;

import com.sun.jna.Library;
import com.sun.jna.Native;

import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 *   <li>on glibc's malloc (no jemalloc, tcmalloc or mimalloc preloaded), returns the free pages inside malloc's
 *       heaps to the system every {@link #TRIM_PERIOD_SECONDS} seconds with {@code malloc_trim(0)}. Fixing
 *       malloc's mmap threshold instead (the {@code GLIBC_TUNABLES} setting in the README) bounds memory too
 *       but maps and faults in every large tensor afresh: it made a whole-article analysis 1.3 to 1.8 times
 *       slower on the AVX2 machine.</li>
 * </ul>
 * It also logs a hint when the Java heap may grow past 1 GB (no {@code -Xmx}): under load G1 grows into it.
 * Anything that cannot be applied (not Linux, no libc through JNA, a native image) is logged and skipped.
 */
public final class NativeMemory {

    private static final Logger LOG = Logger.getLogger(NativeMemory.class);

    /** A heap limit above this gets a hint in the log: the service is measured to need 512 MB. */
    private static final long HEAP_HINT_BYTES = 1L << 30;
    /** How often free heap pages go back to the system: rare enough to cost nothing measurable. */
    static final int TRIM_PERIOD_SECONDS = 10;
    /** Variables libtorch reads at start, with the value that bounded the kernel caches in the README. */
    static final Map<String, String> ENVIRONMENT = Map.of("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "16",
            "LRU_CACHE_CAPACITY", "16");

    private static volatile boolean applied;

    private NativeMemory() {}

    /** The C library functions used; JNA binds them by name. */
    interface LibC extends Library {
        int setenv(String name, String value, int overwrite);

        int malloc_trim(long pad);

        String getenv(String name);
    }

    /**
     * What {@link #apply(boolean)} would change in a process with this environment: a pure decision, tested alone.
     *
     * @param os the {@code os.name} property
     * @param environment the process environment
     * @return the variables to set, and whether to trim glibc's heaps
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
        return new Plan(List.copyOf(set), !otherMalloc);
    }

    /**
     * @param environment variables to set in the C environment
     * @param trim whether to return glibc's free heap pages to the system now and then
     */
    record Plan(List<String> environment, boolean trim) {}

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

    /**
     * Applies the plan for this process once; call it before libtorch loads.
     *
     * @param enabled false to leave the process as it is ({@code toneline.model.native-memory})
     */
    static synchronized void apply(boolean enabled) {
        if (applied) {
            return;
        }
        applied = true;
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (maxHeap > HEAP_HINT_BYTES && maxHeap != Long.MAX_VALUE) {
            // without -Xmx the JVM takes a quarter of the machine, and under load G1 grows into it (README)
            LOG.infof("The Java heap may grow to %d MB under load; Toneline needs no more than 512 MB "
                    + "(start with -Xmx512m)", maxHeap >> 20);
        }
        Plan plan = plan(System.getProperty("os.name", ""), System.getenv());
        if (!enabled || (plan.environment().isEmpty() && !plan.trim())) {
            return;
        }
        try {
            LibC libc = Native.load("c", LibC.class);
            for (String name : plan.environment()) {
                libc.setenv(name, ENVIRONMENT.get(name), 0);
            }
            if (plan.trim()) {
                ScheduledExecutorService trimmer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "native-memory-trim");
                    t.setDaemon(true);
                    return t;
                });
                trimmer.scheduleWithFixedDelay(() -> libc.malloc_trim(0), TRIM_PERIOD_SECONDS, TRIM_PERIOD_SECONDS,
                        TimeUnit.SECONDS);
            }
            LOG.infof("Native memory: %s%s", plan.environment().isEmpty() ? ""
                    : "set " + String.join(", ", plan.environment().stream().map(n -> n + "=" + ENVIRONMENT.get(n))
                            .toList()) + "; ",
                    plan.trim() ? "free malloc heap pages returned every " + TRIM_PERIOD_SECONDS + " s"
                            : "malloc left as it is");
        } catch (Throwable e) { // UnsatisfiedLinkError, no JNA in a native image: run without, as before
            LOG.warnf("Native memory settings not applied (%s); resident memory may grow under load, see README",
                    e.getClass().getSimpleName());
        }
    }
}
