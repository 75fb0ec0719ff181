-- The title an analysis was submitted with, so that the change feed can show it without reading the
-- stored request (V4 fills it in for analyses stored before this column existed).
ALTER TABLE analyses ADD COLUMN title VARCHAR(1000);
