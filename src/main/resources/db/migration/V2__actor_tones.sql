-- Per stored analysis and actor: how the article treated the actor, dated by the article's publishedAt
-- (else its submission time). GET /v1/actors/{id}/timeline aggregates these rows per day or week.
CREATE TABLE actor_tones (
    analysis_id   VARCHAR(40)  NOT NULL,
    actor_id      VARCHAR(200) NOT NULL,
    actor_name    VARCHAR(300) NOT NULL,
    actor_type    VARCHAR(20)  NOT NULL,
    published_at  BIGINT       NOT NULL,   -- epoch milliseconds
    mentions      INT          NOT NULL,
    paragraphs    INT          NOT NULL,   -- body paragraphs that scored the actor
    score_sum     DOUBLE PRECISION NOT NULL,
    hostile       INT          NOT NULL,   -- paragraphs per relations level
    critical      INT          NOT NULL,
    neutral       INT          NOT NULL,
    cooperative   INT          NOT NULL,
    conciliatory  INT          NOT NULL,
    PRIMARY KEY (analysis_id, actor_id)
);
CREATE INDEX actor_tones_actor_time ON actor_tones (actor_id, published_at);
CREATE INDEX actor_tones_time ON actor_tones (published_at);

-- The same per actor and UTC day, kept up to date in the transactions that write and delete
-- actor_tones (they are serialised by change_counter), so that a timeline reads one row per day.
CREATE TABLE actor_days (
    actor_id      VARCHAR(200) NOT NULL,
    day_index     BIGINT       NOT NULL,   -- days since 1970-01-01, UTC
    actor_name    VARCHAR(300) NOT NULL,
    actor_type    VARCHAR(20)  NOT NULL,
    analyses      BIGINT       NOT NULL,
    mentions      BIGINT       NOT NULL,
    paragraphs    BIGINT       NOT NULL,
    score_sum     DOUBLE PRECISION NOT NULL,
    hostile       BIGINT       NOT NULL,
    critical      BIGINT       NOT NULL,
    neutral       BIGINT       NOT NULL,
    cooperative   BIGINT       NOT NULL,
    conciliatory  BIGINT       NOT NULL,
    last_seen     BIGINT       NOT NULL,
    PRIMARY KEY (actor_id, day_index)
);
CREATE INDEX actor_days_day ON actor_days (day_index);
