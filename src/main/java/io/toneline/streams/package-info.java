/**
 * Kafka in and out, off unless {@code toneline.streams.bootstrap-servers} is set: article requests
 * consumed from a topic become queued analyses ({@link io.toneline.streams.ArticleConsumer}, offsets
 * committed only once the job is stored; refused messages to a dead-letter topic), and finished analyses
 * and deletions are published to a results topic in Kafka transactions that also carry the publisher's
 * cursor ({@link io.toneline.streams.ResultPublisher}), by one instance at a time.
 */
package io.toneline.streams;
