/**
 * The small exception hierarchy that the API maps to problem+json: caller mistakes (4xx) and our own failures.
 */
package io.toneline.errors;
