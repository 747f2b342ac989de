package io.precog.models.batch.job;

import io.precog.models.domain.error.DomainException;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** Refuses job parameters that {@link CalibrationParameters#from(JobParameters)} cannot read, before any instance is created. */
final class CalibrationParametersValidator implements JobParametersValidator {

    @Override
    public void validate(JobParameters parameters) throws InvalidJobParametersException {
        try {
            CalibrationParameters.from(parameters);
        } catch (DomainException e) {
            throw new InvalidJobParametersException("invalid calibration parameters: " + e.getMessage());
        }
    }
}
