package org.tumen.flink;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.tumen.core.ingest.InputItem;
import picocli.CommandLine;

/**
 * The job: inputs numbered in reading order (one reader of files, or of a Kafka topic), extraction on every slot, and the store written by one
 * writer in input order. {@link #main} is the entry point of the job jar for {@code flink run}; {@link #runLocal} runs
 * it in this JVM on a Flink MiniCluster, for {@code tumen flink-job} and the tests.
 */
public final class IngestJob {
    private IngestJob() {}

    /** Adds the job's operators to {@code env}. */
    public static void define(StreamExecutionEnvironment env, JobConfig config) {
        define(env, config, null);
    }

    /** Adds the job's operators to {@code env}; a bounded topic run stops at {@code stop} when given. */
    static void define(StreamExecutionEnvironment env, JobConfig config, BoundedOffsets stop) {
        KafkaSettings kafka = config.kafka();
        DataStream<Numbered<InputItem>> items = kafka != null && kafka.readsTopic()
                ? KafkaReports.items(env, config, stop)
                : env.fromSource(
                                new InputSource(config.inputs(), config.maxTextBytes(), config.published()),
                                WatermarkStrategy.noWatermarks(),
                                "inputs")
                        .uid("inputs")
                        .setParallelism(1);
        DataStream<Numbered<Extracted>> extracted = items.rebalance()
                .map(new Extract(config.dataDir()))
                .returns(JavaSerialized.<Extracted>numbered())
                .uid("extract")
                .name("extract");
        if (config.parallelism() > 0) ((SingleOutputStreamOperator<?>) extracted).setParallelism(config.parallelism());
        boolean events = kafka != null && kafka.eventsTopic() != null;
        SingleOutputStreamOperator<EventMessage> stored = extracted
                .process(new OrderedStoreWriter(config.dbUrl(), config.dataDir(), events))
                .returns(JavaSerialized.forType(EventMessage.class))
                .uid("store")
                .name("store")
                .setParallelism(1)
                .setMaxParallelism(1);
        if (events)
            stored.sinkTo(KafkaEvents.sink(kafka)).uid("events").name("events").setParallelism(1);
        else stored.sinkTo(new DiscardingSink<>()).name("done").setParallelism(1);
    }

    /**
     * Runs the job on a MiniCluster in this JVM with {@code config.parallelism()} slots (all cores when 0), and waits
     * for it.
     */
    public static JobResult runLocal(JobConfig config) throws Exception {
        BoundedOffsets stop = boundedStop(config);
        JobResult result =
                JobResult.of(startLocal(config, stop).getJobExecutionResult().get());
        if (stop != null) stop.commit(config.kafka());
        return result;
    }

    /** Starts the job on a MiniCluster in this JVM and returns at once (tests stop it midway with the client). */
    public static JobClient startLocal(JobConfig config) throws Exception {
        return startLocal(config, null);
    }

    private static JobClient startLocal(JobConfig config, BoundedOffsets stop) throws Exception {
        int slots = config.parallelism() > 0
                ? config.parallelism()
                : Runtime.getRuntime().availableProcessors();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(slots, local(config));
        define(env, config.toBuilder().parallelism(slots).build(), stop);
        return env.executeAsync("tumen ingest");
    }

    /** Where a bounded run of a topic stops, asked of the brokers before it starts; null for any other run. */
    private static BoundedOffsets boundedStop(JobConfig config) throws Exception {
        KafkaSettings kafka = config.kafka();
        return kafka != null && kafka.readsTopic() && kafka.bounded() ? BoundedOffsets.at(kafka) : null;
    }

    static Configuration local(JobConfig config) {
        Configuration conf = new Configuration();
        checkpointing(conf, config);
        if (config.restoreFrom() != null) conf.set(StateRecoveryOptions.SAVEPOINT_PATH, config.restoreFrom());
        // a failing report is counted, not retried; a failing store is retried a few times, then the run stops
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, java.time.Duration.ofSeconds(2));
        return conf;
    }

    private static void checkpointing(Configuration conf, JobConfig config) {
        if (config.checkpointInterval() != null)
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, config.checkpointInterval());
        // Unaligned: the source is read in microseconds a report and extraction takes a fifth of a second, so the
        // channels to the extract step hold many reports; an aligned barrier would wait behind all of them (the
        // first checkpoint of a short run would come only at its end). These in-flight reports go into the
        // checkpoint instead, and a restored job extracts them without reading them again.
        conf.set(CheckpointingOptions.ENABLE_UNALIGNED, true);
        if (config.checkpointDir() != null) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, uri(config.checkpointDir()));
            conf.set(
                    CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                    ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        }
    }

    private static String uri(String dir) {
        return dir.contains("://")
                ? dir
                : java.nio.file.Path.of(dir).toAbsolutePath().toUri().toString();
    }

    /** {@code flink run tumen-flink-job.jar [OPTIONS] INPUT…}: the options of {@link JobOptions}. */
    public static void main(String[] args) throws Exception {
        JobOptions options = new JobOptions();
        new CommandLine(options).parseArgs(args);
        JobConfig config = options.config();
        Configuration conf = new Configuration();
        checkpointing(conf, config);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        BoundedOffsets stop = boundedStop(config);
        define(env, config, stop);
        JobExecutionResult result = env.execute("tumen ingest");
        if (result.isJobExecutionResult()) {
            // attached: the job has finished, so a bounded run has read up to its stopping offsets
            if (stop != null) stop.commit(config.kafka());
            System.out.println(JobResult.of(result).summary());
        }
    }
}
