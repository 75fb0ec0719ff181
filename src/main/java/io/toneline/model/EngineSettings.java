package io.toneline.model;

import org.jboss.logging.Logger;

/**
 * How DJL's PyTorch engine runs: libtorch's thread pools, no downloads, no profiling graph executor.
 *
 * <p>DJL reads these as JVM system properties, the threads once when its engine starts ({@code PtEngine}),
 * so {@link #apply()} sets them from the configuration ({@code toneline.model.threads.*}) and
 * {@link ToneModel#load(java.nio.file.Path, int, String, EngineSettings)} applies them before it loads the
 * engine. The engine is one per process: the settings of the first load stay in force.
 *
 * @param intraOpThreads threads inside each operator
 * @param interOpThreads threads that run independent operators side by side
 * @param nativeMemory bound libtorch's native memory from inside the process ({@link NativeMemory})
 */
public record EngineSettings(int intraOpThreads, int interOpThreads, boolean nativeMemory) {

    private static final Logger LOG = Logger.getLogger(EngineSettings.class);

    static final String INTRA_OP = "ai.djl.pytorch.num_threads";
    static final String INTER_OP = "ai.djl.pytorch.num_interop_threads";

    /** @throws IllegalArgumentException when a count is below 1 */
    public EngineSettings {
        if (intraOpThreads < 1 || interOpThreads < 1) {
            throw new IllegalArgumentException("libtorch needs at least one thread of each kind, not "
                    + intraOpThreads + " intra-op and " + interOpThreads + " inter-op");
        }
    }

    /**
     * Settings from the configured counts.
     *
     * @param intraOp threads per operator, or 0 for one per available core
     * @param interOp threads for independent operators
     * @param nativeMemory whether {@link NativeMemory} bounds native memory
     * @return the settings
     */
    public static EngineSettings of(int intraOp, int interOp, boolean nativeMemory) {
        return new EngineSettings(intraOp == 0 ? Runtime.getRuntime().availableProcessors() : intraOp, interOp,
                nativeMemory);
    }

    /**
     * The defaults of {@code toneline.model.threads}: one operator at a time, each using every core. Forwards
     * are issued by one thread at a time (the batcher), so parallelism inside operators is all there is.
     *
     * @return one intra-op thread per available core, one inter-op thread, native memory bounded
     */
    public static EngineSettings standard() {
        return of(0, 1, true);
    }

    /** Sets DJL's properties; takes effect when the engine starts, so call it before the first model loads. */
    synchronized void apply() {
        // bounded native memory without setup on the plain java -jar path (before libtorch reads its environment)
        NativeMemory.apply(nativeMemory);
        // never download anything (libtorch and the model are local)
        System.setProperty("ai.djl.offline", "true");
        // shapes vary per batch, so the profiling graph executor only costs warm-up time (DJL's advice)
        System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
        set(INTRA_OP, intraOpThreads);
        set(INTER_OP, interOpThreads);
    }

    private static void set(String property, int value) {
        String before = System.getProperty(property);
        if (before != null && !before.equals(Integer.toString(value))) {
            // an earlier load (or -D on the command line): if the engine has started, its value stays
            LOG.warnf("%s was %s, now %d from toneline.model.threads; the engine keeps the value it started with",
                    property, before, value);
        }
        System.setProperty(property, Integer.toString(value));
    }
}
