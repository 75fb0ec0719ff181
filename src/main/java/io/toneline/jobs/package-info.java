/**
 * Stored analyses: the JDBC store (H2 or PostgreSQL) that is also the job queue, submission with idempotency and back-pressure, and the workers.
 */
package io.toneline.jobs;
