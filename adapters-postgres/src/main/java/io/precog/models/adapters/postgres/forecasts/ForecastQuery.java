package io.precog.models.adapters.postgres.forecasts;

import java.time.Instant;
import java.util.List;

/**
 * The select of resolved forecasts for some model versions, as one of {@code partitions} disjoint
 * slices of the predictions table (by prediction id modulo the number of partitions).
 *
 * @param windowStart null for no lower bound on the prediction time
 */
record ForecastQuery(List<Long> modelIds, Instant asOf, Instant windowStart, int partitions) {

    /** Outcome codes of the query's third column. */
    static final int NO = 0;
    static final int YES = 1;
    static final int VOID = 2;

    ForecastQuery {
        modelIds = List.copyOf(modelIds);
    }

    /**
     * Parameters in order: the model ids as a {@code bigint[]}, the as-of time, then the window start
     * when there is one, then the partition number when there are several partitions.
     */
    String sql() {
        StringBuilder sql = new StringBuilder("""
                SELECT p.model_id,
                       p.probability,
                       CASE e.resolution WHEN 'yes' THEN 1 WHEN 'no' THEN 0 ELSE 2 END
                FROM predictions p
                JOIN events e ON e.event_id = p.event_id
                WHERE p.model_id = ANY (?)
                  AND e.resolution IN ('yes', 'no', 'void')
                  AND e.resolved_at <= ?
                """);
        if (windowStart != null) {
            sql.append("  AND p.predicted_at >= ?\n");
        }
        if (partitions > 1) {
            sql.append("  AND mod(p.prediction_id, ").append(partitions).append(") = ?\n");
        }
        return sql.toString();
    }
}
