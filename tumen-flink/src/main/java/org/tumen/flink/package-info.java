/**
 * The ingest pipeline as an Apache Flink job: the same {@link org.tumen.core.pipeline.Pipeline} and the same
 * {@link org.tumen.store.Store#ingest} as {@code tumen ingest}, with extraction spread over the task slots of a
 * cluster and the store written by one ordered writer, so that fusion and assessment see reports in input order
 * exactly as the single-process path does.
 *
 * <p>Reports come from files ({@link org.tumen.flink.InputSource}) or from a Kafka topic
 * ({@link org.tumen.flink.KafkaReports}, numbered by a {@link org.tumen.flink.Sequencer}); the fused events each stored
 * report touched can go to a Kafka topic ({@link org.tumen.flink.KafkaEvents}).
 *
 * <p>{@link org.tumen.flink.IngestJob} assembles the job; {@link org.tumen.flink.JobOptions} is its configuration
 * for both {@code tumen flink-job} and {@code flink run}.
 */
package org.tumen.flink;
