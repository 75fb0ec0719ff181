package io.toneline.jobs.stored;

import io.toneline.analysis.Analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * How analyses are stored: each row carries the number of the format its result is in, and is written
 * and read through that format's own records ({@link StoredAnalysisV1}), never through the API's.
 * Reading a row gives the API's {@link Analysis}; a format this release does not know is refused
 * ({@link UnknownFormatException}) rather than misread.
 */
public final class StoredAnalyses {

    /** The format this release writes. */
    public static final int CURRENT = 1;

    /** The storage formats' own mapper: strict (a field it does not know is an error), independent of the API's. */
    private final ObjectMapper storage = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final ObjectMapper api;

    /** @param api the mapper that writes API answers (Quarkus'), for {@link #apiJson} */
    public StoredAnalyses(ObjectMapper api) {
        this.api = api;
    }

    /**
     * @param analysis an analysis
     * @return its stored form in format {@value #CURRENT}
     */
    public String write(Analysis analysis) {
        try {
            return storage.writeValueAsString(StoredAnalysisV1Mapping.toStored(analysis));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store analysis " + analysis.id(), e);
        }
    }

    /**
     * @param format the format number stored with the row
     * @param stored the stored document
     * @return the analysis
     * @throws UnknownFormatException when this release cannot read the format
     * @throws IllegalArgumentException when the document is not in the format it claims
     */
    public Analysis read(int format, String stored) {
        if (format != 1) {
            throw new UnknownFormatException(format, CURRENT);
        }
        try {
            return StoredAnalysisV1Mapping.toAnalysis(storage.readValue(stored, StoredAnalysisV1.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("stored analysis is not in format 1: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @param format the format number stored with the row
     * @param stored the stored document
     * @return the analysis as the API writes it
     */
    public String apiJson(int format, String stored) {
        Analysis analysis = read(format, stored);
        try {
            return api.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write analysis " + analysis.id(), e);
        }
    }

    /** A stored analysis in a format this release does not know (written by a newer one). */
    public static final class UnknownFormatException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        /**
         * @param format the row's format
         * @param newest the newest this release reads
         */
        public UnknownFormatException(int format, int newest) {
            super("stored analysis is in format " + format + ", which this release cannot read (it reads formats 1 to "
                    + newest + "); it was written by a newer release: run that release, or one at least as new");
        }
    }
}
