/**
 * HTTP API: thin Quarkus REST resources, request and response records, and the one mapper of errors to RFC 9457 problem+json.
 */
package io.toneline.api;
