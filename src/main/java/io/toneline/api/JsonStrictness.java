package io.toneline.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

import jakarta.inject.Singleton;

/**
 * Reads request JSON strictly: a duplicate key or anything after the document is an error (400)
 * rather than silently resolved, and nesting is bounded so that a deeply nested body fails fast.
 */
@Singleton
public class JsonStrictness implements ObjectMapperCustomizer {

    /** Deeper than any request needs (the deepest is 4 levels), shallow enough to fail fast. */
    static final int MAX_NESTING = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).build());
    }
}
