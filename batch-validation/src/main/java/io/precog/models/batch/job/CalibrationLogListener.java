package io.precog.models.batch.job;

import java.time.Duration;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Logs the start and the end of each execution of the job, with what it validated and why it failed. */
final class CalibrationLogListener implements JobExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(CalibrationLogListener.class);

    @Override
    public void beforeJob(JobExecution execution) {
        CalibrationParameters parameters = CalibrationParameters.from(execution.getJobParameters());
        LOG.info("Calibration job instance {} execution {} starts: as of {}, statuses {}, domain {}, model {},"
                        + " window start {}", execution.getJobInstanceId(), execution.getId(), parameters.asOf(),
                parameters.statusList(), orAny(parameters.domain()), orAny(parameters.modelName()),
                parameters.windowStart() == null ? "none" : parameters.windowStart());
    }

    @Override
    public void afterJob(JobExecution execution) {
        long validated = 0;
        long skipped = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (CalibrationJobConfiguration.VALIDATE_STEP.equals(step.getStepName())) {
                validated += step.getWriteCount();
                skipped += step.getFilterCount();
            }
        }
        Duration took = execution.getStartTime() == null ? Duration.ZERO
                : Duration.between(execution.getStartTime(), LocalDateTime.now());
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            LOG.info("Calibration job instance {} execution {} completed in {} ms: model versions validated {},"
                    + " skipped without forecasts {}", execution.getJobInstanceId(), execution.getId(), took.toMillis(),
                    validated, skipped);
        } else {
            LOG.error("Calibration job instance {} execution {} ended {} after {} ms, model versions validated in this"
                    + " execution {}: {}", execution.getJobInstanceId(), execution.getId(), execution.getStatus(),
                    took.toMillis(), validated, CalibrationFailure.reason(execution));
        }
    }

    private static Object orAny(Object value) {
        return value == null ? "any" : value;
    }
}
