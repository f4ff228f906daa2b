package org.tumen.flink;

import java.util.List;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.tumen.core.ingest.InputItem;

/**
 * Numbers items 0, 1, 2, … in the order they arrive, for a source that has no numbers of its own (a topic's offsets
 * are per partition and may have gaps). The next number is part of the checkpoint, as the source's offsets and the
 * writer's next expected number are, so the three agree after a restore. Runs as one task.
 */
final class Sequencer extends RichMapFunction<InputItem, Numbered<InputItem>> implements CheckpointedFunction {
    private transient long next;
    private transient ListState<Long> nextState;

    @Override
    public Numbered<InputItem> map(InputItem item) {
        return new Numbered<>(next++, item);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        nextState = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next", Types.LONG));
        next = 0;
        if (context.isRestored()) for (Long n : nextState.get()) next = Math.max(next, n);
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        nextState.update(List.of(next));
    }
}
