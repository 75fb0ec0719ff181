package io.toneline.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.jobs.AnalysisRecord;
import io.toneline.jobs.JobStatus;
import io.toneline.jobs.stored.SampleAnalysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** What the results topic carries for each kind of outcome. */
class ResultMessagesTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    private AnalysisRecord row(JobStatus status, String result, String error) {
        return new AnalysisRecord("a-1", status, 7, "wire-7", 1, 1_000, 2_000L, 3_000L, 3_000, error, result, "Talks");
    }

    private static String header(ProducerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void aSucceededAnalysisIsItsStatusDocumentWithHeaders() throws Exception {
        String result = json.writeValueAsString(SampleAnalysis.analysis().withId("a-1"));
        ProducerRecord<String, byte[]> m = new ResultMessages(json, "results").of(row(JobStatus.SUCCEEDED, result, null));
        assertEquals("results", m.topic());
        assertEquals("a-1", m.key());
        JsonNode doc = json.readTree(m.value());
        assertEquals("succeeded", doc.path("status").asText());
        assertEquals("wire-7", doc.path("idempotencyKey").asText());
        assertEquals("a-1", doc.path("analysis").path("id").asText());
        assertEquals("1", header(m, Headers.FORMAT_VERSION));
        assertEquals("finished", header(m, Headers.EVENT));
        assertEquals("succeeded", header(m, Headers.STATUS));
        assertEquals("2024.2", header(m, Headers.MODEL_VERSION));
        assertEquals("wire-7", header(m, Headers.IDEMPOTENCY_KEY));
        assertNull(header(m, Headers.ANALYSIS_OMITTED));
    }

    @Test
    void aFailedOneCarriesItsErrorAndNoModel() throws Exception {
        ProducerRecord<String, byte[]> m = new ResultMessages(json, "results").of(row(JobStatus.FAILED, null, "too long"));
        assertEquals("failed", header(m, Headers.STATUS));
        assertEquals("too long", json.readTree(m.value()).path("error").asText());
        assertNull(header(m, Headers.MODEL_VERSION));
    }

    @Test
    void aDeletionIsATombstone() {
        ProducerRecord<String, byte[]> m = new ResultMessages(json, "results").of(row(JobStatus.DELETED, null, null));
        assertNull(m.value());
        assertEquals("deleted", header(m, Headers.EVENT));
        assertEquals("a-1", m.key());
    }

    @Test
    void anAnalysisTooLargeForAMessageIsLeftOutAndSaidSo() throws Exception {
        String result = json.writeValueAsString(SampleAnalysis.analysis().withId("a-1"));
        ProducerRecord<String, byte[]> m = new ResultMessages(json, "results", 200)
                .of(row(JobStatus.SUCCEEDED, result, null));
        JsonNode doc = json.readTree(m.value());
        assertEquals("too-large", header(m, Headers.ANALYSIS_OMITTED));
        assertFalse(doc.has("analysis"), "fetch it by id instead");
        assertEquals("succeeded", doc.path("status").asText());
        assertTrue(m.value().length < 400);
    }
}
