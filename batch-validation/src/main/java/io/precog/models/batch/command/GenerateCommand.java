package io.precog.models.batch.command;

import io.precog.models.application.ModelManager;
import io.precog.models.application.port.ImportForecasts;
import io.precog.models.batch.generator.SyntheticForecasts;
import io.precog.models.batch.generator.SyntheticSettings;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ProbabilityModel;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

/** {@code generate}: stores seeded synthetic events and forecasts. */
final class GenerateCommand {

    private final SyntheticForecasts generator;
    private final PrintStream out;

    GenerateCommand(ModelManager manager, ImportForecasts imports, Clock clock, PrintStream out) {
        this.generator = new SyntheticForecasts(manager, imports, clock);
        this.out = out;
    }

    int run(CommandLine line) {
        SyntheticSettings settings = settings(line);
        long started = System.nanoTime();
        List<ProbabilityModel> models = generator.generate(settings);
        out.printf("Generated %,d events and %,d forecasts of %d model versions (%s to %s) in %.1f s.%n",
                settings.events(), settings.predictions(), models.size(), settings.modelName(1),
                settings.modelName(settings.models()), (System.nanoTime() - started) / 1e9);
        return Commands.EXIT_OK;
    }

    static SyntheticSettings settings(CommandLine line) {
        try {
            return new SyntheticSettings(line.number("events", 250_000, 1), (int) line.number("models", 20, 1),
                    line.number("seed", 42, Long.MIN_VALUE), new BigDecimal(line.option("miscalibration", "1.3")),
                    (int) line.number("decimals", 6, 1), new BigDecimal(line.option("void-share", "0.01")),
                    new DomainName(line.option("domain", "synthetic")));
        } catch (NumberFormatException e) {
            throw new UsageException("--miscalibration and --void-share take decimals such as 1.3: " + e.getMessage());
        } catch (IllegalArgumentException | DomainException e) {
            throw new UsageException(e.getMessage());
        }
    }

    SyntheticForecasts generator() {
        return generator;
    }
}
