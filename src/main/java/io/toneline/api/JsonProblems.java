package io.toneline.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns Jackson's refusals of a request body into details a caller can act on (where, and what was
 * expected), never naming Java types. Shared by the HTTP mapper and the Kafka intake, which reads the
 * same request body from a topic.
 */
public final class JsonProblems {

    private JsonProblems() {}

    /**
     * @param e what Jackson refused
     * @return a detail for the caller: where in the body and what was expected, without Java names
     */
    public static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException jme ? path(jme) : "";
        String where = path.isEmpty() ? "" : " at '" + path + "'";
        JsonLocation loc = e.getLocation();
        String at = loc != null && loc.getLineNr() > 0
                ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")" : "";
        if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return "the request body has the wrong kind of value" + where + ": expected "
                    + jsonKind(mie.getTargetType()) + at;
        }
        if (e instanceof JsonMappingException && !(e.getCause() instanceof JsonProcessingException)) {
            return "the request body does not have the shape this endpoint reads" + where
                    + "; see the OpenAPI document at /q/openapi" + at;
        }
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
        // Jackson's first sentence says what it found; drop its Java details (types, classes, options)
        original = original.replaceAll("`[^`]*`", "").replaceAll("\\(class [^)]*\\)", "")
                .replaceAll("\\(for [^)]*\\)", "").replaceAll("\\s+", " ").strip();
        if (original.length() > 160) {
            original = original.substring(0, 160);
        }
        return "the request body is not valid JSON" + where + (original.isEmpty() ? "" : ": " + original) + at;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The JSON name of what a Java type reads, for messages that never show Java names. */
    private static String jsonKind(Class<?> type) {
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }
}
