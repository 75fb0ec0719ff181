package io.toneline.api;

import io.toneline.errors.ProblemType;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document.
 *
 * @param type URI naming the problem type
 * @param title short summary of the type
 * @param status HTTP status
 * @param detail what happened, for a person
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    /** Media type of problem documents. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param type the problem type (its URI, title and status)
     * @param detail explanation
     * @param instance request path
     * @return the problem
     */
    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance);
    }
}
