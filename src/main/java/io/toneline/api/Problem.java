package io.toneline.api;

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
     * @param slug problem type name
     * @param title summary
     * @param status HTTP status
     * @param detail explanation
     * @param instance request path
     * @return the problem
     */
    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem("urn:toneline:problem:" + slug, title, status, detail, instance);
    }

    /**
     * @param title a problem title, e.g. "Content Too Large"
     * @return its type name, e.g. {@code content-too-large}
     */
    public static String slugOf(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
