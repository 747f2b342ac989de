package io.precog.models.adapters.postgres.forecasts;

import io.precog.models.domain.calibration.CalibrationAccumulator;
import io.precog.models.domain.calibration.Outcome;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;

/** Reads one partition of a {@link ForecastQuery} through a server-side cursor into accumulators of its own. */
final class PartitionReader {

    /** Rows per round trip of the cursor. */
    static final int FETCH_SIZE = 10_000;

    private final ForecastQuery query;
    private final int partition;
    private final PageRanges pages;
    private final ProgressCounter progress;

    /** @param pages where the table's page ranges start; unused when the query has one partition */
    PartitionReader(ForecastQuery query, int partition, PageRanges pages, ProgressCounter progress) {
        this.query = query;
        this.partition = partition;
        this.pages = pages;
        this.progress = progress;
    }

    /** Reads on a connection whose transaction is already open (autocommit off, which the cursor needs). */
    Map<Long, CalibrationAccumulator> read(Connection connection) throws SQLException {
        Map<Long, CalibrationAccumulator> accumulators = new HashMap<>();
        for (Long modelId : query.modelIds()) {
            accumulators.put(modelId, new CalibrationAccumulator());
        }
        try (PreparedStatement statement = connection.prepareStatement(query.sql(partition))) {
            statement.setFetchSize(FETCH_SIZE);
            bind(connection, statement);
            try (ResultSet rows = statement.executeQuery()) {
                long lastModelId = Long.MIN_VALUE;
                CalibrationAccumulator accumulator = null;
                long unreported = 0;
                while (rows.next()) {
                    long modelId = rows.getLong(1);
                    if (modelId != lastModelId) {
                        accumulator = accumulators.get(modelId);
                        lastModelId = modelId;
                    }
                    switch (rows.getInt(3)) {
                        case ForecastQuery.YES -> accumulator.add(rows.getBigDecimal(2), true);
                        case ForecastQuery.NO -> accumulator.add(rows.getBigDecimal(2), false);
                        default -> accumulator.add(rows.getBigDecimal(2), Outcome.VOID);
                    }
                    if (++unreported == ProgressCounter.BLOCK) {
                        progress.add(unreported);
                        unreported = 0;
                    }
                }
                progress.add(unreported);
            }
        }
        return accumulators;
    }

    private void bind(Connection connection, PreparedStatement statement) throws SQLException {
        Array ids = connection.createArrayOf("bigint", query.modelIds().toArray());
        int index = 1;
        statement.setArray(index++, ids);
        statement.setTimestamp(index++, Timestamp.from(query.asOf()));
        if (query.windowStart() != null) {
            statement.setTimestamp(index++, Timestamp.from(query.windowStart()));
        }
        if (query.partitions() > 1) {
            statement.setString(index++, "(" + pages.start(partition) + ",0)");
            if (partition < query.partitions() - 1) {
                statement.setString(index, "(" + pages.start(partition + 1) + ",0)");
            }
        }
    }
}
