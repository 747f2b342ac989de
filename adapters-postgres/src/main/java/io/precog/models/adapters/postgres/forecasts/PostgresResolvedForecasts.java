package io.precog.models.adapters.postgres.forecasts;

import io.precog.models.application.port.ResolvedForecasts;
import io.precog.models.domain.calibration.CalibrationAccumulator;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Streams resolved forecasts from PostgreSQL in one pass over the predictions of every requested model
 * version, through server-side cursors. The predictions table is split into ranges of pages read in
 * parallel on connections of their own, each into accumulators of its own that are merged at the end:
 * while one connection waits for the server to fill its next batch of rows, another is consumed. Every
 * partition reads the same snapshot of the database, so the result is the one a single reader would
 * get. Probabilities are read as {@code BigDecimal}, never as {@code double}.
 */
public final class PostgresResolvedForecasts implements ResolvedForecasts {

    private final DataSource dataSource;
    private final int partitions;

    /**
     * @param partitions how many connections read at once, at least 1; the pool must be able to lend
     *                   that many
     */
    public PostgresResolvedForecasts(DataSource dataSource, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        this.dataSource = dataSource;
        this.partitions = partitions;
    }

    @Override
    public Map<Long, CalibrationAccumulator> accumulate(List<Long> modelIds, Instant asOf, Instant windowStart,
                                                        long progressInterval, LongConsumer progress) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        ForecastQuery query = new ForecastQuery(modelIds, asOf, windowStart, partitions);
        ProgressCounter counter = new ProgressCounter(progressInterval, progress);
        List<Map<Long, CalibrationAccumulator>> parts = partitions == 1
                ? List.of(readAlone(query, counter))
                : readInParallel(query, counter);
        Map<Long, CalibrationAccumulator> merged = new LinkedHashMap<>();
        for (Long modelId : modelIds) {
            CalibrationAccumulator total = new CalibrationAccumulator();
            for (Map<Long, CalibrationAccumulator> part : parts) {
                total.addAll(part.get(modelId));
            }
            merged.put(modelId, total);
        }
        return merged;
    }

    private Map<Long, CalibrationAccumulator> readAlone(ForecastQuery query, ProgressCounter counter) {
        try (Connection connection = dataSource.getConnection()) {
            SnapshotReads.begin(connection);
            try {
                return new PartitionReader(query, 0, PageRanges.NONE, counter).read(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new ForecastReadException("could not read the resolved forecasts of models " + query.modelIds(), e);
        }
    }

    private List<Map<Long, CalibrationAccumulator>> readInParallel(ForecastQuery query, ProgressCounter counter) {
        ExecutorService executor = Executors.newFixedThreadPool(partitions - 1, runnable -> {
            Thread thread = new Thread(runnable, "forecast-reader");
            thread.setDaemon(true);
            return thread;
        });
        try (Connection first = dataSource.getConnection()) {
            String snapshot = SnapshotReads.beginExported(first);
            try {
                PageRanges pages = PageRanges.of(first, partitions);
                List<Future<Map<Long, CalibrationAccumulator>>> others = new ArrayList<>();
                for (int partition = 1; partition < partitions; partition++) {
                    PartitionReader reader = new PartitionReader(query, partition, pages, counter);
                    others.add(executor.submit(() -> readInSnapshot(reader, snapshot)));
                }
                List<Map<Long, CalibrationAccumulator>> parts = new ArrayList<>();
                parts.add(new PartitionReader(query, 0, pages, counter).read(first));
                for (Future<Map<Long, CalibrationAccumulator>> other : others) {
                    parts.add(other.get());
                }
                return parts;
            } finally {
                first.rollback();
            }
        } catch (SQLException e) {
            throw new ForecastReadException("could not read the resolved forecasts of models " + query.modelIds(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ForecastReadException("could not read the resolved forecasts of models " + query.modelIds(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForecastReadException("interrupted while reading the forecasts of models " + query.modelIds(), e);
        } finally {
            executor.shutdownNow();
        }
    }

    private Map<Long, CalibrationAccumulator> readInSnapshot(PartitionReader reader, String snapshot) {
        try (Connection connection = dataSource.getConnection()) {
            SnapshotReads.beginImported(connection, snapshot);
            try {
                return reader.read(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new ForecastReadException("could not read a partition of the resolved forecasts", e);
        }
    }
}
