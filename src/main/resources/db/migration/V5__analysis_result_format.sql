-- The format the stored result is written in (io.toneline.jobs.stored.StoredAnalyses): rows stored before
-- this column existed hold format 1, the API's analysis JSON as those releases wrote it. A release reads
-- only the formats it knows and refuses the others, so a newer format is never misread by an older release.
ALTER TABLE analyses ADD COLUMN result_format INT DEFAULT 1 NOT NULL;
