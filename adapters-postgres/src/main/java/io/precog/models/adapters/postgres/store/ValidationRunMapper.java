package io.precog.models.adapters.postgres.store;

import java.util.List;

/** Statements on {@code validation_runs}; the SQL is in {@code ValidationRunMapper.xml}. */
interface ValidationRunMapper {

    /**
     * Inserts the run unless its job instance already stored the model.
     *
     * @return the new {@code run_id}, or null when nothing was inserted
     */
    Long insertIfAbsent(ValidationRunRow row);

    /** Lists the model's runs, latest {@code as_of} first, and of two with the same {@code as_of} the later stored. */
    List<ValidationRunRow> listByModel(long modelId);
}
