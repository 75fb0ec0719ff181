package io.toneline.jobs.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.analysis.Analysis;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The storage format of analyses, without a database: format 1 is the JSON stored so far, read through its own records. */
class StoredAnalysisV1Test {

    private final ObjectMapper api = new ObjectMapper();
    private final StoredAnalyses stored = new StoredAnalyses(api);

    /** @return the committed row of format 1, as the release before stored formats wrote it */
    static String fixture() throws IOException {
        try (InputStream in = StoredAnalysisV1Test.class.getResourceAsStream("/stored/analysis-format-1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRowWrittenBeforeStoredFormatsReadsAsTheSameAnalysis() throws IOException {
        // the fixture is frozen; when an API record changes, the mapping (not the fixture) follows it
        assertEquals(SampleAnalysis.analysis(), stored.read(1, fixture()));
    }

    @Test
    void whatThisReleaseWritesIsFormatOneAndReadsBack() throws IOException {
        Analysis a = SampleAnalysis.analysis();
        String written = stored.write(a);
        assertEquals(api.readTree(fixture()), api.readTree(written), "format 1 is the shape stored so far");
        assertEquals(a, stored.read(StoredAnalyses.CURRENT, written));
        assertEquals(api.readTree(api.writeValueAsString(a)), api.readTree(stored.apiJson(1, written)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 99})
    void aFormatThisReleaseDoesNotKnowIsRefusedNotMisread(int format) {
        StoredAnalyses.UnknownFormatException e = assertThrows(StoredAnalyses.UnknownFormatException.class,
                () -> stored.read(format, "{\"title\":\"looks like format 1\"}"));
        assertTrue(e.getMessage().contains("format " + format), e.getMessage());
    }

    @Test
    void aDocumentThatIsNotFormatOneIsRefused() {
        // a field format 1 never had: refused, not silently dropped
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> stored.read(1, "{\"title\":\"t\",\"headline\":\"renamed\"}"));
        assertTrue(e.getMessage().contains("headline"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> stored.read(1, "{\"paragraphs\":[{\"kind\":\"sidebar\",\"tones\":[]}]}"), "an unknown kind");
    }
}
