package io.precog.models.batch.job;

import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What one run of the calibration job validates. The as-of time and the scope identify the job
 * instance: the same values run again are the same instance, so a completed run is not repeated and a
 * failed one is resumed. Only the progress interval may change between runs of one instance.
 *
 * @param asOf             forecasts of events resolved at or before this time are scored
 * @param statuses         model versions in one of these statuses are in scope; not empty
 * @param domain           only model versions of this domain; null for every domain
 * @param modelName        only versions of this model; null for every model
 * @param windowStart      forecasts predicted before this time are left out; null for no lower bound
 * @param progressInterval how many forecasts between two progress lines in the log, at least 1
 */
public record CalibrationParameters(Instant asOf, Set<ModelStatus> statuses, DomainName domain, ModelName modelName,
                                    Instant windowStart, long progressInterval) {

    public static final String AS_OF = "asOf";
    public static final String STATUSES = "statuses";
    public static final String DOMAIN = "domain";
    public static final String MODEL_NAME = "modelName";
    public static final String WINDOW_START = "windowStart";
    public static final String PROGRESS_INTERVAL = "progressInterval";

    /** Statuses in scope unless others are given: the versions under test and those in use. */
    public static final Set<ModelStatus> DEFAULT_STATUSES = EnumSet.of(ModelStatus.TESTING, ModelStatus.ACTIVE);

    public static final long DEFAULT_PROGRESS_INTERVAL = 1_000_000;

    public CalibrationParameters {
        if (asOf == null) {
            throw new InvalidValueException(AS_OF, null, "missing; give the as-of time, such as 2021-02-08T00:00:00Z");
        }
        if (statuses == null || statuses.isEmpty()) {
            throw new InvalidValueException(STATUSES, statuses, "give at least one status, such as testing,active");
        }
        statuses = Set.copyOf(statuses);
        if (windowStart != null && windowStart.isAfter(asOf)) {
            throw new InvalidValueException(WINDOW_START, windowStart, "is after the as-of time " + asOf);
        }
        if (progressInterval < 1) {
            throw new InvalidValueException(PROGRESS_INTERVAL, progressInterval, "must be at least 1");
        }
    }

    /** Every testing or active model version, all forecasts up to {@code asOf}. */
    public static CalibrationParameters asOf(Instant asOf) {
        return new CalibrationParameters(asOf, DEFAULT_STATUSES, null, null, null, DEFAULT_PROGRESS_INTERVAL);
    }

    public CalibrationParameters withDomain(DomainName newDomain) {
        return new CalibrationParameters(asOf, statuses, newDomain, modelName, windowStart, progressInterval);
    }

    public CalibrationParameters withModelName(ModelName newModelName) {
        return new CalibrationParameters(asOf, statuses, domain, newModelName, windowStart, progressInterval);
    }

    public CalibrationParameters withStatuses(Set<ModelStatus> newStatuses) {
        return new CalibrationParameters(asOf, newStatuses, domain, modelName, windowStart, progressInterval);
    }

    public CalibrationParameters withWindowStart(Instant newWindowStart) {
        return new CalibrationParameters(asOf, statuses, domain, modelName, newWindowStart, progressInterval);
    }

    public CalibrationParameters withProgressInterval(long newProgressInterval) {
        return new CalibrationParameters(asOf, statuses, domain, modelName, windowStart, newProgressInterval);
    }

    /** Statuses in lifecycle order, comma-separated, as in the job parameters: {@code testing,active}. */
    public String statusList() {
        return Arrays.stream(ModelStatus.values()).filter(statuses::contains).map(ModelStatus::wireName)
                .collect(Collectors.joining(","));
    }

    /**
     * The job parameters: every value but the progress interval identifies the instance. Times are
     * written in ISO-8601 UTC, so that one instant always gives the same parameter.
     */
    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(AS_OF, asOf.toString(), true)
                .addString(STATUSES, statusList(), true);
        if (domain != null) {
            builder.addString(DOMAIN, domain.value(), true);
        }
        if (modelName != null) {
            builder.addString(MODEL_NAME, modelName.value(), true);
        }
        if (windowStart != null) {
            builder.addString(WINDOW_START, windowStart.toString(), true);
        }
        builder.addLong(PROGRESS_INTERVAL, progressInterval, false);
        return builder.toJobParameters();
    }

    /**
     * Reads job parameters written by {@link #toJobParameters()} or given by hand.
     *
     * @throws InvalidValueException naming the parameter that is missing or malformed
     */
    public static CalibrationParameters from(JobParameters parameters) {
        Objects.requireNonNull(parameters, "parameters");
        String statuses = parameters.getString(STATUSES);
        String domain = parameters.getString(DOMAIN);
        String modelName = parameters.getString(MODEL_NAME);
        String windowStart = parameters.getString(WINDOW_START);
        Long interval = parameters.getLong(PROGRESS_INTERVAL);
        return new CalibrationParameters(
                parseInstant(AS_OF, parameters.getString(AS_OF)),
                statuses == null ? DEFAULT_STATUSES : parseStatuses(statuses),
                domain == null ? null : new DomainName(domain),
                modelName == null ? null : new ModelName(modelName),
                windowStart == null ? null : parseInstant(WINDOW_START, windowStart),
                interval == null ? DEFAULT_PROGRESS_INTERVAL : interval);
    }

    /**
     * Checks that the as-of time is not later than {@code now}. Events may still be resolved before a
     * future as-of time, and a run as of the future would stay the latest run of its models, keeping
     * their metrics, until that time.
     *
     * @param name the as-of time's name in the message, such as {@code --as-of}
     * @throws InvalidValueException naming the as-of time and {@code now} when it is later
     */
    public void requireAsOfNotAfter(Instant now, String name) {
        if (asOf.isAfter(now)) {
            throw new InvalidValueException(name, asOf, "is later than the current time " + now
                    + "; give a time at or before now");
        }
    }

    /** Parses {@code testing,active}; order and spaces do not matter. */
    public static Set<ModelStatus> parseStatuses(String text) {
        Set<ModelStatus> parsed = EnumSet.noneOf(ModelStatus.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                parsed.add(ModelStatus.parse(part.trim()));
            }
        }
        return parsed;
    }

    /** Parses an ISO-8601 instant such as {@code 2021-02-08T00:00:00Z}. */
    public static Instant parseInstant(String name, String text) {
        if (text == null) {
            throw new InvalidValueException(name, null, "missing; give a time such as 2021-02-08T00:00:00Z");
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, text, "is not an ISO-8601 time in UTC such as 2021-02-08T00:00:00Z");
        }
    }
}
