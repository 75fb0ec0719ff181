package io.toneline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toneline.errors.ProblemType;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The OpenAPI filter lists every problem type, in the schema and on the operations. */
class OpenApiProblemsTest {

    private static OpenAPI filtered() {
        Operation get = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("the analysis")));
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/v1/analyses/{id}", OASFactory.createPathItem().GET(get)));
        new OpenApiProblems().filterOpenAPI(api);
        return api;
    }

    @Test
    void theProblemSchemaListsEveryTypeWithItsStatus() {
        Schema schema = filtered().getComponents().getSchemas().get(OpenApiProblems.SCHEMA);
        assertNotNull(schema);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> listed = (List<Map<String, Object>>) schema.getExtensions().get("x-problem-types");
        assertEquals(ProblemType.values().length, listed.size());
        for (ProblemType t : ProblemType.values()) {
            assertTrue(schema.getDescription().contains("| " + t.slug() + " | " + t.status() + " |"), t.slug());
            assertTrue(listed.stream().anyMatch(e -> e.get("slug").equals(t.slug()) && e.get("status").equals(t.status())
                    && e.get("description").equals(t.description())), t.slug());
            assertTrue(schema.getProperties().get("type").getEnumeration().contains(t.uri()), t.slug());
        }
    }

    @Test
    void everyOperationNamesTheProblemsOfEachStatusAndKeepsItsOwnResponses() {
        Operation get = filtered().getPaths().getPathItem("/v1/analyses/{id}").getGET();
        assertEquals("the analysis", get.getResponses().getAPIResponse("200").getDescription());
        for (ProblemType t : ProblemType.values()) {
            APIResponse r = get.getResponses().getAPIResponse(String.valueOf(t.status()));
            assertNotNull(r, t.slug());
            assertTrue(r.getDescription().contains(t.slug()), r.getDescription());
            assertEquals("#/components/schemas/Problem",
                    r.getContent().getMediaType(Problem.MEDIA_TYPE).getSchema().getRef());
        }
    }
}
