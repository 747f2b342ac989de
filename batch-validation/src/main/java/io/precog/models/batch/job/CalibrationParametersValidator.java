package io.precog.models.batch.job;

import io.precog.models.domain.error.DomainException;
import java.time.Clock;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * Rejects job parameters that {@link CalibrationParameters#from(JobParameters)} cannot read, or whose
 * as-of time is later than the current time, before any instance is created.
 */
final class CalibrationParametersValidator implements JobParametersValidator {

    private final Clock clock;

    CalibrationParametersValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        try {
            CalibrationParameters.from(parameters).requireAsOfNotAfter(clock.instant(), CalibrationParameters.AS_OF);
        } catch (DomainException e) {
            throw new InvalidJobParametersException("invalid calibration parameters: " + e.getMessage());
        }
    }
}
