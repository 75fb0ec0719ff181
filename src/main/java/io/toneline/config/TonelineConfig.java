package io.toneline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All of Toneline's own settings, under the prefix {@code toneline}. Every default is usable as is;
 * {@code application.properties} documents them again next to the {@code %test} / {@code %prod}
 * overrides.
 */
@ConfigMapping(prefix = "toneline")
public interface TonelineConfig {

    /** @return directory of the embedded H2 database (default {@code ./data/db}; absolute, or relative with a leading {@code ./}) */
    @WithDefault("./data/db")
    String dataDir();

    /** @return model loading and batching */
    Model model();

    /** @return request limits */
    Limits limits();

    /** @return limits checked at the HTTP layer */
    Http http();

    /** @return tone labels and shift detection */
    Analysis analysis();

    /** @return the analyses store and its workers */
    Jobs jobs();

    /** @return Kafka: articles in, results out (off unless {@code toneline.streams.bootstrap-servers} is set) */
    Streams streams();

    /** @return who may call the API (bearer JWTs are configured with MicroProfile's {@code mp.jwt.verify.*}) */
    Security security();

    /** Model loading and batching. */
    interface Model {
        /** @return directory holding model.pt, tokenizer.json and metadata.json (default {@code model/toneline-tsc}) */
        @WithDefault("model/toneline-tsc")
        String dir();

        /**
         * @return the number format the model computes in (default {@code auto}): {@code auto} picks bfloat16 where
         *     the CPU has native bf16 (AVX512-BF16 or AMX), else int8 where the artifact's dev evaluation allows it
         *     and the CPU has AVX2, else float32; or one of {@code float32}, {@code bfloat16}, {@code int8}
         */
        @WithDefault("auto")
        String precision();

        /** @return load the model in the background so that the HTTP server starts at once (default true); readiness is DOWN until loaded */
        @WithDefault("true")
        boolean loadAsync();

        /**
         * @return real tokens the batcher gathers into one batch, and the most padded tokens (windows x
         *     longest window) of one forward pass, into which the batch is cut by length (default 4096)
         */
        @WithDefault("4096")
        int maxBatchTokens();

        /** @return how long the batcher waits for more work after the first item before it runs a forward (default 5 ms) */
        @WithDefault("5ms")
        Duration maxBatchDelay();

        /** @return the most texts waiting for the model; more are refused with 503 (default 10000) */
        @WithDefault("10000")
        int maxQueuedTexts();

        /** @return how long a request waits for a model that is still loading before 503 (default 60 s) */
        @WithDefault("60s")
        Duration readyTimeout();

        /**
         * @return how long a request waits for its texts to be scored once queued, then 503 with Retry-After
         *         (default 60 s); bounds every wait on the batcher
         */
        @WithDefault("60s")
        Duration scoreTimeout();

        /** @return libtorch's thread pools, set before the engine starts */
        Threads threads();

        /**
         * @return bound libtorch's native memory from inside the process (default true): cap oneDNN's kernel
         *     caches unless {@code ONEDNN_PRIMITIVE_CACHE_CAPACITY} / {@code LRU_CACHE_CAPACITY} are set, and on
         *     glibc's malloc return free heap pages to the system every 10 s ({@code io.toneline.model.NativeMemory})
         */
        @WithDefault("true")
        boolean nativeMemory();
    }

    /**
     * libtorch's thread pools (applied by {@code io.toneline.model.EngineSettings} when the model loads). The
     * batcher issues one forward at a time, so by default every core works inside each operator.
     */
    interface Threads {
        /** @return threads inside each operator (default 0: one per available core) */
        @WithDefault("0")
        int intraOp();

        /** @return threads that run independent operators side by side (default 1) */
        @WithDefault("1")
        int interOp();
    }

    /** Request limits; beyond them a request gets a 413 or 422 problem, never a 500. */
    interface Limits {
        /** @return the most characters in one article or tone item text (default 200000) */
        @WithDefault("200000")
        int maxTextChars();

        /** @return the most caller-supplied actors in one analysis request (default 100) */
        @WithDefault("100")
        int maxActors();

        /** @return the most aliases per caller-supplied actor (default 50) */
        @WithDefault("50")
        int maxAliases();

        /** @return the most items in one /v1/tone request (default 256) */
        @WithDefault("256")
        int maxItems();

        /**
         * @return the most targets one request may have scored: /v1/tone targets of all items together,
         *         or actor mentions in an article's body paragraphs (default 2000)
         */
        @WithDefault("2000")
        int maxTargets();

        /** @return the most characters of text in one /v1/tone request, all items together (default 200000) */
        @WithDefault("200000")
        int maxTotalChars();

        /** @return the most paragraphs one article may have (default 2000) */
        @WithDefault("2000")
        int maxParagraphs();

        /**
         * @return the most model tokens one request may cost, estimated before any scoring at 4 characters
         *         a token over the windows it needs; bounds the CPU time of one request (default 12000,
         *         about 2.5 s in bfloat16 and 4.5 s in float32 on 2 cores)
         */
        @WithDefault("12000")
        int maxTokens();
    }

    /** Limits checked at the HTTP layer, before a resource reads the request. */
    interface Http {
        /** @return the longest request URI, in characters (default 4096); longer gets 414 */
        @WithDefault("4096")
        int maxUriChars();

        /** @return the most bytes of request headers (default 16384); more gets 431 */
        @WithDefault("16384")
        int maxHeaderBytes();

        /**
         * @return the most request-body bytes read at once across all requests (default 50331648, 48 MiB:
         *     sixteen 3 MB bodies, which with what parsing them costs stays within a 512 MiB heap); a body
         *     that does not fit now gets 503 with Retry-After before it is read
         */
        @WithDefault("50331648")
        long maxBodyBytesInFlight();

        /**
         * @return origins ({@code https://newsroom.example}) whose pages may call the API from a browser;
         *     empty (the default): CORS is off and only the service's own pages may write. When set, Quarkus'
         *     CORS filter answers preflights for these origins ({@link CorsSettings}); writes from them must
         *     still send a content type that needs a preflight (JSON, not text/plain or forms)
         */
        java.util.Optional<java.util.List<String>> corsOrigins();
    }

    /** Tone labels and shift detection. */
    interface Analysis {
        /** @return fold people and government bodies into the state they act for, unless a request says otherwise (default false) */
        @WithDefault("false")
        boolean rollUpToStates();

        /**
         * @return cost of one stretch boundary in the shift detector's segmentation (default 0.13, tuned with model 2.2.0 on
         *     the dev half of data/articles); larger gives fewer, surer shifts
         */
        @WithDefault("0.13")
        double shiftPenalty();

        /** @return evidence weight a neutral stretch needs to count as a side of its own (default 3.0) */
        @WithDefault("3.0")
        double shiftNeutralWeight();

        /** @return confidence from which a shift is marked major (default 0.75) */
        @WithDefault("0.75")
        double shiftMajorConfidence();
    }

    /** The analyses store (H2 file database or PostgreSQL) and the workers that run queued analyses. */
    interface Jobs {
        /** @return name of the datasource to use: {@code h2} (embedded, the default) or {@code postgresql} */
        @WithDefault("h2")
        String datasource();

        /** @return worker threads per instance (default 1: the model already uses every core) */
        @WithDefault("1")
        int workers();

        /** @return most queued analyses across the store; beyond it submissions get 429 (default 1000) */
        @WithDefault("1000")
        int maxQueued();

        /** @return how long a worker's claim on a job holds without renewal; a dead worker's jobs are taken again after it (default 30 s) */
        @WithDefault("30s")
        Duration lease();

        /** @return how often a worker renews its claims (default 10 s; keep well below the lease) */
        @WithDefault("10s")
        Duration heartbeat();

        /** @return how long an idle worker waits before looking for work again (default 500 ms; local submissions wake it at once) */
        @WithDefault("500ms")
        Duration pollInterval();

        /** @return how long finished analyses are kept (default 7 days) */
        @WithDefault("P7D")
        Duration ttl();

        /** @return this instance's id in job claims (default: random per start) */
        java.util.Optional<String> instanceId();
    }

    /**
     * Authentication. With no API key and no JWT verification key configured the service answers
     * only loopback clients; once either is configured it serves any host and requires credentials.
     */
    interface Security {
        /**
         * @return API keys, comma separated, each {@code <name>:<role>[+<role>...]:<sha256-hex>}: a name for the
         *     log, its roles ({@code reader}, {@code writer}, {@code admin}) and the SHA-256 of the key as 64 hex
         *     digits, never the key itself (default: none)
         */
        Optional<List<String>> apiKeys();

        /** @return a file with more API key entries in the same form, one a line, {@code #} comments (default: none) */
        Optional<String> apiKeysFile();

        /** @return require the {@code reader} role for {@code /q/metrics} (default false: open to scrapers, like health) */
        @WithDefault("false")
        boolean protectMetrics();
    }

    /**
     * Kafka streams: article requests consumed from a topic and stored as queued analyses, finished
     * analyses (and deletions) published to a results topic. Off unless bootstrap servers are set.
     */
    interface Streams {
        /** @return Kafka bootstrap servers, {@code host:port,...} (default: none, streams off) */
        Optional<String> bootstrapServers();

        /** @return topic of article requests: the JSON body of {@code POST /v1/analyses}, key = idempotency key (default {@code toneline.articles}) */
        @WithDefault("toneline.articles")
        String articlesTopic();

        /** @return topic of finished analyses and deletion tombstones, keyed by analysis id (default {@code toneline.results}) */
        @WithDefault("toneline.results")
        String resultsTopic();

        /** @return topic of refused article messages: the original message, the problem document in a header (default {@code toneline.articles.dead-letter}) */
        @WithDefault("toneline.articles.dead-letter")
        String deadLetterTopic();

        /** @return compacted topic holding how far the results topic has got, written in the same transaction as the results (default {@code toneline.results.cursor}) */
        @WithDefault("toneline.results.cursor")
        String cursorTopic();

        /** @return consumer group of the instances reading the articles topic (default {@code toneline}) */
        @WithDefault("toneline")
        String groupId();

        /** @return transactional id of the results publisher; one publisher at a time holds it (default {@code toneline-results}) */
        @WithDefault("toneline-results")
        String transactionalId();

        /** @return partitions of the topics Toneline creates when they are missing (default 4; the cursor topic has one) */
        @WithDefault("4")
        int partitions();

        /** @return results published per transaction at most (default 200) */
        @WithDefault("200")
        int publishBatch();

        /** @return how long the publisher waits for new results when there were none (default 200 ms) */
        @WithDefault("200ms")
        Duration pollInterval();

        /** @return how long the publisher role holds without renewal before another instance takes it (default 15 s) */
        @WithDefault("15s")
        Duration publisherLease();

        /** @return more Kafka client properties for every client, such as {@code security.protocol} or {@code sasl.jaas.config} (default: none) */
        Map<String, String> client();
    }
}
