package io.precog.models.adapters.postgres.store;

import java.util.List;

/** Statements on {@code model_status_history}; the SQL is in {@code StatusHistoryMapper.xml}. */
interface StatusHistoryMapper {

    void insert(StatusChangeRow row);

    /** Lists the model's changes in the order they were appended. */
    List<StatusChangeRow> listByModel(long modelId);
}
