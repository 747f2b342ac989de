package io.precog.models.adapters.postgres.store;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/**
 * Statements on {@code predictions} and on the transaction's {@code prediction_batch}, the temporary
 * table a bulk insert is copied into; the SQL is in {@code PredictionMapper.xml}.
 */
interface PredictionMapper {

    /** Inserts the row and returns its generated {@code prediction_id}. */
    long insert(PredictionRow row);

    PredictionRow find(long predictionId);

    /** Pairs the predictions of both versions for the same resolved events, by event id in code point order. */
    List<PairedForecastRow> pairedOnResolvedEvents(@Param("modelIdA") long modelIdA,
                                                  @Param("modelIdB") long modelIdB);

    /** Creates the batch table, dropped when the transaction ends. */
    void createBatchTable();

    /** Inserts every batch row in batch order; returns the number inserted. */
    int insertBatch();

    /** Finds the first batch row whose model version already predicted its event; null if none. */
    PredictionKey firstStoredPairInBatch();

    /** Finds the first event id of the batch that is not stored; null if none. */
    String firstUnknownEventInBatch();

    /** Finds the first model id of the batch that is not stored; null if none. */
    Long firstUnknownModelInBatch();
}
