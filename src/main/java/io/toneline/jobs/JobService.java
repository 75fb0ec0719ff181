package io.toneline.jobs;

import io.toneline.errors.DuplicateKeyException;
import io.toneline.analysis.Analysis;
import io.toneline.analysis.AnalysisService;
import io.toneline.analysis.ArticleRequest;
import io.toneline.config.TonelineConfig;
import io.toneline.errors.InvalidInputException;
import io.toneline.errors.NotFoundException;
import io.toneline.errors.TooManyRequestsException;
import io.toneline.jobs.stored.StoredAnalyses;
import io.toneline.errors.UnprocessableException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored analyses: synchronous ones are run at once and stored; asynchronous ones are queued for
 * the {@link Workers}. Handles idempotency keys; the queue bound is {@link Admission}'s.
 */
@ApplicationScoped
public class JobService {

    private final TonelineConfig.Jobs config;
    private final AnalysisService analyses;
    private final ObjectMapper json;
    private final AnalysisStore store;
    private final StoredAnalyses results;
    private final Admission admission;
    private final Object wakeUp = new Object();

    /**
     * @param config application configuration
     * @param analyses the analysis service
     * @param json Quarkus' object mapper
     * @param store the analyses table
     * @param results the storage format of analyses
     */
    public JobService(TonelineConfig config, AnalysisService analyses, ObjectMapper json, AnalysisStore store,
            StoredAnalyses results) {
        this.config = config.jobs();
        this.analyses = analyses;
        this.json = json;
        this.store = store;
        this.results = results;
        this.admission = new Admission(this.config.maxQueued());
    }

    /** @return the monitor that workers wait on */
    Object wakeUp() {
        return wakeUp;
    }

    /**
     * The outcome of a submission.
     *
     * @param record the stored analysis (result included for finished synchronous ones)
     * @param analysis the analysis, when it was run now
     * @param replayed true when an earlier submission with the same idempotency key answered
     */
    public record Submission(AnalysisRecord record, Analysis analysis, boolean replayed) {}

    /**
     * Queues an analysis.
     *
     * @param request the request
     * @param idempotencyKey optional key
     * @return the queued (or earlier) analysis
     * @throws TooManyRequestsException when the queue is full
     */
    public Submission submit(StoredRequest request, String idempotencyKey) {
        analyses.requireLoadable();
        analyses.validate(toArticle(request), StoredRequest.HTML.equals(request.format()));
        String body = write(request);
        String hash = sha256(body);
        Optional<Submission> earlier = replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            // the queue limit is checked in the inserting transaction (Admission), not before it
            AnalysisRecord rec = store.enqueue(newId(), body, hash, idempotencyKey, request.title(), now(), admission);
            synchronized (wakeUp) {
                wakeUp.notifyAll();
            }
            return new Submission(rec, null, false);
        } catch (DuplicateKeyException e) {
            return replay(idempotencyKey, hash).orElseThrow();
        }
    }

    /**
     * Runs an analysis now and stores it.
     *
     * @param request the request
     * @param idempotencyKey optional key
     * @return the stored analysis and its result
     */
    public Submission runNow(StoredRequest request, String idempotencyKey) {
        // no separate validation: analyze() checks the request before any work (HTML is converted once)
        String body = write(request);
        String hash = sha256(body);
        Optional<Submission> earlier = replay(idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String id = newId();
        Analysis analysis = analyze(id, request);
        try {
            long now = now();
            AnalysisRecord rec = store.insert(id, JobStatus.SUCCEEDED, body, hash, idempotencyKey, request.title(),
                    results.write(analysis), now, request.publishedAt() != null ? request.publishedAt() : now, ActorTone.of(analysis));
            return new Submission(rec, analysis, false);
        } catch (DuplicateKeyException e) {
            return replay(idempotencyKey, hash).orElseThrow();
        }
    }

    /**
     * Runs a stored request (the workers' entry point).
     *
     * @param id the analysis id
     * @param request the stored request
     * @return the analysis, carrying the id
     */
    Analysis analyze(String id, StoredRequest request) {
        ArticleRequest article = toArticle(request);
        Analysis a = StoredRequest.HTML.equals(request.format())
                ? analyses.analyzeHtml(request.text(), article)
                : analyses.analyze(article);
        return a.withId(id);
    }

    /**
     * @param id analysis id
     * @param withResult include the analysis JSON
     * @return the stored analysis
     * @throws NotFoundException when there is none
     */
    public AnalysisRecord get(String id, boolean withResult) {
        return store.get(id, withResult).orElseThrow(() -> notFound(id));
    }

    /**
     * @param id analysis id
     * @return its current ETag, read without loading the analysis
     * @throws NotFoundException when there is none
     */
    public String etag(String id) {
        return AnalysisRecord.etagOf(store.seqOf(id).orElseThrow(() -> notFound(id)));
    }

    /**
     * A page of changes, oldest change first.
     *
     * @param since cursor from the previous page ({@code null} or empty: from the start)
     * @param status optional status filter
     * @param limit the {@code limit} parameter ({@link PageSize}: null or empty for the default)
     * @return the changed analyses and the cursor for the next poll
     */
    public Page changes(String since, String status, String limit) {
        long cursor;
        try {
            cursor = since == null || since.isBlank() ? 0 : Long.parseLong(since);
            if (cursor < 0) {
                throw new NumberFormatException("negative");
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("since must be a cursor returned as 'next' by an earlier poll");
        }
        JobStatus filter = status(status);
        List<AnalysisRecord> rows = store.feed().changedSince(cursor, filter, PageSize.parse(limit));
        long next = rows.isEmpty() ? cursor : rows.get(rows.size() - 1).seq();
        return new Page(rows, String.valueOf(next));
    }

    /**
     * The most recently changed analyses, newest first: a dashboard's first load, before it follows
     * {@link #changes} from the cursor returned here.
     *
     * @param status optional status filter (without one, deleted analyses are left out)
     * @param limit the {@code limit} parameter ({@link PageSize}: null or empty for the default)
     * @return the newest analyses and the cursor to poll the change feed from
     */
    public Page newest(String status, String limit) {
        JobStatus filter = status(status);
        AnalysisFeed.Newest newest = store.feed().newest(filter, PageSize.parse(limit));
        return new Page(newest.rows(), String.valueOf(newest.cursor()));
    }

    private static JobStatus status(String status) {
        try {
            return status == null || status.isBlank() ? null : JobStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status " + e.getMessage());
        }
    }

    /**
     * @param rows changed analyses
     * @param next cursor to send as {@code since} on the next poll
     */
    public record Page(List<AnalysisRecord> rows, String next) {}

    /**
     * @param id analysis id
     * @throws NotFoundException when there is none
     */
    public void delete(String id) {
        if (!store.delete(id)) {
            throw notFound(id);
        }
    }

    private Optional<Submission> replay(String key, String hash) {
        if (key == null) {
            return Optional.empty();
        }
        return store.findByKey(key).map(row -> {
            if (!row.requestHash().equals(hash)) {
                throw new UnprocessableException("Idempotency-Key '" + key + "' was already used with a different "
                        + "request; use a new key for a new request");
            }
            return new Submission(store.get(row.id(), true).orElseThrow(), null, true);
        });
    }

    private static ArticleRequest toArticle(StoredRequest r) {
        return new ArticleRequest(r.text(), r.title(), r.actors(), r.rollUpToStates());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * @param body stored request JSON
     * @return the request
     */
    StoredRequest readRequest(String body) {
        try {
            return json.readValue(body, StoredRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored request is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param analysis an analysis
     * @return its stored form, in the current storage format (what {@link JobQueue#finish} stores)
     */
    String toJson(Analysis analysis) {
        return results.write(analysis);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no analysis with id '" + id + "' (it may have expired or been deleted)");
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static long now() {
        return System.currentTimeMillis();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
