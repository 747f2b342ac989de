package io.precog.models.adapters.postgres.forecasts;

import java.time.Instant;
import java.util.List;

/**
 * The select of resolved forecasts for some model versions, or of those among them stored in one range
 * of the predictions table's pages. Ranges of pages split the table into disjoint slices that PostgreSQL
 * reads without scanning the others (a TID range scan).
 *
 * @param windowStart null for no lower bound on the prediction time
 * @param partitions  how many page ranges the table is read in; 1 for the whole table at once
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
     * when there is one, then, when there are several partitions, the first page of the range and,
     * except for the last range, the page after it.
     */
    String sql(int partition) {
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
            sql.append("  AND p.ctid >= ?::tid\n");
            if (partition < partitions - 1) {
                sql.append("  AND p.ctid < ?::tid\n");
            }
        }
        return sql.toString();
    }
}
