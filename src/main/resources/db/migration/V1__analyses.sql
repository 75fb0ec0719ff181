-- Stored analyses and the job queue (one table: a job is an analysis that is not finished yet).
-- Portable between H2 2.x and PostgreSQL 15: times are epoch milliseconds, texts are TEXT.
CREATE TABLE analyses (
    id              VARCHAR(40)  PRIMARY KEY,
    status          VARCHAR(16)  NOT NULL,   -- queued | running | succeeded | failed
    seq             BIGINT       NOT NULL,   -- change sequence: polling cursor and ETag
    request         TEXT         NOT NULL,   -- the submitted request as JSON
    request_hash    VARCHAR(64)  NOT NULL,   -- SHA-256 of the request, for idempotency checks
    idempotency_key VARCHAR(200),
    result          TEXT,                    -- the analysis as JSON, once succeeded
    error           VARCHAR(2000),           -- what went wrong, once failed
    attempts        INT          NOT NULL DEFAULT 0,
    owner           VARCHAR(100),            -- instance that runs it
    lease_until     BIGINT,                  -- a running job whose lease ran out is taken again
    created_at      BIGINT       NOT NULL,
    started_at      BIGINT,
    finished_at     BIGINT,
    updated_at      BIGINT       NOT NULL
);
CREATE UNIQUE INDEX analyses_idempotency_key ON analyses (idempotency_key);
CREATE UNIQUE INDEX analyses_seq ON analyses (seq);
CREATE INDEX analyses_status_seq ON analyses (status, seq);
CREATE INDEX analyses_finished_at ON analyses (finished_at);

-- One row, bumped in every transaction that changes an analysis. Its row lock makes sequence
-- numbers commit in order, so a poller that saw seq N can never later miss a change below N.
CREATE TABLE change_counter (
    id    INT    PRIMARY KEY,
    last_seq BIGINT NOT NULL
);
INSERT INTO change_counter (id, last_seq) VALUES (1, 0);
