/**
 * Every problem the service can answer: {@link io.toneline.errors.ProblemType} lists them once (status, slug,
 * title, retry hint), and the small exception hierarchy names its type for each failure of ours; the API maps
 * both to problem+json.
 */
package io.toneline.errors;
