package io.toneline.api;

import io.toneline.errors.ProblemType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents every {@link ProblemType} in the OpenAPI document ({@code /q/openapi}): a {@code Problem}
 * schema whose description lists them all and whose {@code x-problem-types} extension holds them as data,
 * and on each operation a problem response per status. Registered with {@code mp.openapi.filter}.
 */
public class OpenApiProblems implements OASFilter {

    /** Name of the problem document's schema under {@code components.schemas}. */
    static final String SCHEMA = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(OASFactory.createComponents());
        }
        Components components = openApi.getComponents();
        components.addSchema(SCHEMA, schema());
        if (openApi.getPaths() == null || openApi.getPaths().getPathItems() == null) {
            return;
        }
        Map<Integer, List<ProblemType>> byStatus = new TreeMap<>(List.of(ProblemType.values()).stream()
                .collect(Collectors.groupingBy(ProblemType::status)));
        openApi.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(op -> addResponses(op, byStatus)));
    }

    /** Each status a call can answer with a problem, unless the operation documents it itself. */
    private static void addResponses(Operation op, Map<Integer, List<ProblemType>> byStatus) {
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        byStatus.forEach((status, types) -> {
            String code = String.valueOf(status);
            if (!op.getResponses().hasAPIResponse(code)) {
                op.getResponses().addAPIResponse(code, response(types));
            }
        });
    }

    private static APIResponse response(List<ProblemType> types) {
        String slugs = types.stream().map(ProblemType::slug).collect(Collectors.joining(", "));
        return OASFactory.createAPIResponse()
                .description("A problem document (application/problem+json) of type " + slugs)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMA))));
    }

    static Schema schema() {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description(description())
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("urn:toneline:problem:<slug>, one of the types listed above")
                        .enumeration(List.of(ProblemType.values()).stream().map(t -> (Object) t.uri()).toList()))
                .addProperty("title", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the type's title"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("the HTTP status, the same as the answer's"))
                .addProperty("detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("what happened and what to do about it"))
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("the request path"))
                .required(List.of("type", "title", "status"));
        schema.addExtension("x-problem-types", extension());
        return schema;
    }

    private static String description() {
        StringBuilder text = new StringBuilder("An RFC 9457 problem document. Every type the service answers:\n\n"
                + "| slug | status | title | Retry-After | meaning |\n|---|---|---|---|---|\n");
        for (ProblemType t : ProblemType.values()) {
            String retry = t.retryAfterSeconds().isPresent() ? t.retryAfterSeconds().getAsInt() + " s" : "";
            text.append("| ").append(t.slug()).append(" | ").append(t.status()).append(" | ").append(t.title())
                    .append(" | ").append(retry).append(" | ").append(t.description()).append(" |\n");
        }
        return text.toString();
    }

    private static List<Map<String, Object>> extension() {
        List<Map<String, Object>> types = new ArrayList<>();
        for (ProblemType t : ProblemType.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("slug", t.slug());
            entry.put("type", t.uri());
            entry.put("status", t.status());
            entry.put("title", t.title());
            t.retryAfterSeconds().ifPresent(s -> entry.put("retryAfterSeconds", s));
            entry.put("description", t.description());
            types.add(entry);
        }
        return types;
    }
}
