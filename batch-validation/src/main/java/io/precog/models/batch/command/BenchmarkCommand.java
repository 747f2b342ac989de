package io.precog.models.batch.command;

import io.precog.models.batch.generator.SyntheticForecasts;
import io.precog.models.batch.generator.SyntheticSettings;
import io.precog.models.batch.job.CalibrationOutcome;
import io.precog.models.batch.job.CalibrationParameters;
import io.precog.models.batch.job.CalibrationRun;
import io.precog.models.batch.job.CalibrationRunner;
import io.precog.models.batch.job.ModelResult;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ProbabilityModel;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code benchmark}: on generated data, times the whole calibration job and, on the same database in
 * the same run, the plain SQL aggregate of the Brier score per model, alternately. It also times the
 * same aggregate with the square written as a product, which PostgreSQL computes exactly, and checks
 * that the job's Brier scores equal those.
 */
final class BenchmarkCommand {

    /**
     * The baseline: count and sum of squared errors per model, nothing else. PostgreSQL's {@code ^}
     * rounds each square to about 16 significant digits, so this sum is exact only for short decimals.
     */
    static final String SQL_AGGREGATE = """
            SELECT p.model_id, count(*), sum((p.probability - CASE e.resolution WHEN 'yes' THEN 1 ELSE 0 END) ^ 2)
            FROM predictions p
            JOIN events e ON e.event_id = p.event_id
            WHERE e.resolution IN ('yes', 'no') AND e.resolved_at <= ? AND p.model_id = ANY (?)
            GROUP BY p.model_id""";

    /** The same aggregate with the square as a product of numerics, which is exact. */
    static final String EXACT_SQL_AGGREGATE = SQL_AGGREGATE.replace(
            "sum((p.probability - CASE e.resolution WHEN 'yes' THEN 1 ELSE 0 END) ^ 2)",
            "sum((p.probability - CASE e.resolution WHEN 'yes' THEN 1 ELSE 0 END)"
                    + " * (p.probability - CASE e.resolution WHEN 'yes' THEN 1 ELSE 0 END))");

    private final GenerateCommand generate;
    private final CalibrationRunner runner;
    private final DataSource dataSource;
    private final Clock clock;
    private final PrintStream out;

    BenchmarkCommand(GenerateCommand generate, CalibrationRunner runner, DataSource dataSource, Clock clock,
                     PrintStream out) {
        this.generate = generate;
        this.runner = runner;
        this.dataSource = dataSource;
        this.clock = clock;
        this.out = out;
    }

    int run(CommandLine line) {
        SyntheticSettings settings = GenerateCommand.settings(line);
        int repeat = (int) line.number("repeat", 3, 1);
        long started = System.nanoTime();
        List<ProbabilityModel> models = generate.generator().generate(settings);
        out.printf("Data: %,d forecasts of %d model versions on %,d events (%d decimals, miscalibration %s),"
                        + " ready in %.1f s.%n", settings.predictions(), models.size(), settings.events(),
                settings.decimals(), settings.miscalibration(), (System.nanoTime() - started) / 1e9);
        vacuum();
        out.printf("JVM: max heap %,d MiB, %d processors.%n", Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        Long[] ids = models.stream().map(ProbabilityModel::modelId).toArray(Long[]::new);
        Instant resolvedBy = SyntheticForecasts.lastResolution(settings);
        // One second apart, so that each round is a job instance of its own, and none later than now.
        Instant firstAsOf = clock.instant().truncatedTo(ChronoUnit.SECONDS).minusSeconds(repeat);
        List<Double> ratios = new ArrayList<>();
        for (int round = 1; round <= repeat; round++) {
            long sqlStart = System.nanoTime();
            Map<Long, BigDecimal> sqlBrier = sqlAggregate(SQL_AGGREGATE, resolvedBy, ids);
            double sqlSeconds = (System.nanoTime() - sqlStart) / 1e9;
            long exactStart = System.nanoTime();
            Map<Long, BigDecimal> exactBrier = sqlAggregate(EXACT_SQL_AGGREGATE, resolvedBy, ids);
            double exactSeconds = (System.nanoTime() - exactStart) / 1e9;

            CalibrationParameters parameters = CalibrationParameters.asOf(firstAsOf.plusSeconds(round))
                    .withDomain(settings.domain());
            long jobStart = System.nanoTime();
            CalibrationRun run = runner.run(parameters);
            double jobSeconds = (System.nanoTime() - jobStart) / 1e9;
            if (run.outcome() != CalibrationOutcome.COMPLETED) {
                out.println("The job did not complete: " + run.failure());
                return Commands.EXIT_FAILED;
            }
            List<ModelResult> results = runner.results(run.jobInstanceId());
            ratios.add(jobSeconds / sqlSeconds);
            out.printf("Round %d: SQL aggregate %.2f s (with the exact square %.2f s), calibration job %.2f s,"
                            + " ratio %.2f; job against exact SQL: %s; against the baseline: %s.%n", round, sqlSeconds,
                    exactSeconds, jobSeconds, jobSeconds / sqlSeconds, agreement(results, exactBrier, models),
                    agreement(results, sqlBrier, models));
        }
        ratios.sort(Double::compare);
        out.printf("Median ratio job / SQL over %d rounds: %.2f (target: at most 1.5).%n", repeat,
                ratios.get(ratios.size() / 2));
        return Commands.EXIT_OK;
    }

    /** Sets hint bits and statistics once, so that neither contender pays for the generator's writes. */
    private void vacuum() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("VACUUM ANALYZE events, predictions");
        } catch (SQLException e) {
            throw new IllegalStateException("VACUUM ANALYZE failed: " + e.getMessage(), e);
        }
    }

    private Map<Long, BigDecimal> sqlAggregate(String sql, Instant resolvedBy, Long[] ids) {
        Map<Long, BigDecimal> brier = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            Array modelIds = connection.createArrayOf("bigint", ids);
            statement.setTimestamp(1, Timestamp.from(resolvedBy));
            statement.setArray(2, modelIds);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    BigDecimal sum = rows.getBigDecimal(3);
                    brier.put(rows.getLong(1), sum.divide(BigDecimal.valueOf(rows.getLong(2)), 30, RoundingMode.HALF_EVEN));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the SQL aggregate failed: " + e.getMessage(), e);
        }
        return brier;
    }

    /** Whether the job's Brier score of every model equals the SQL one to 25 decimal places. */
    private static String agreement(List<ModelResult> results, Map<Long, BigDecimal> sqlBrier,
                                    List<ProbabilityModel> models) {
        int equal = 0;
        List<ModelName> different = new ArrayList<>();
        for (ModelResult result : results) {
            BigDecimal sql = sqlBrier.get(result.model().modelId());
            BigDecimal job = result.run().map(run -> run.report().brierScore()).orElse(null);
            if (sql != null && job != null && sql.setScale(25, RoundingMode.HALF_EVEN)
                    .compareTo(job.setScale(25, RoundingMode.HALF_EVEN)) == 0) {
                equal++;
            } else {
                different.add(result.model().name());
            }
        }
        return different.isEmpty() ? "Brier scores of all " + equal + " models equal to 25 places"
                : "Brier scores differ for " + different.size() + " of " + models.size() + " models";
    }
}
