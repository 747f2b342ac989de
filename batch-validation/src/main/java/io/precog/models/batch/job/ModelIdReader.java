package io.precog.models.batch.job;

import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the ids of the model versions in scope, one item each, and remembers in the step's execution
 * context how many it has handed out, so that a restarted step goes on after the last committed one.
 */
class ModelIdReader implements ItemStreamReader<Long> {

    /** Key of the number of ids read, in the step's execution context. */
    static final String READ_COUNT_KEY = "calibration.modelsRead";

    private final List<Long> modelIds;
    private int next;

    ModelIdReader(List<Long> modelIds) {
        this.modelIds = List.copyOf(modelIds);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        next = executionContext.containsKey(READ_COUNT_KEY) ? executionContext.getInt(READ_COUNT_KEY) : 0;
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putInt(READ_COUNT_KEY, next);
    }

    @Override
    public Long read() {
        return next < modelIds.size() ? modelIds.get(next++) : null;
    }
}
