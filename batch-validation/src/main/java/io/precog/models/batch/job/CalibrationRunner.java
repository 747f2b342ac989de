package io.precog.models.batch.job;

import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ValidationRuns;
import io.precog.models.domain.error.DomainException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.model.ValidationRun;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs the calibration job and reads back what a job instance stored. Starting parameters whose
 * instance failed before resumes that instance; starting parameters whose instance completed runs
 * nothing and reports it.
 */
@Component
public class CalibrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CalibrationRunner.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job calibrationJob;
    private final LoadModels models;
    private final ValidationRuns validationRuns;

    public CalibrationRunner(JobOperator jobOperator, JobRepository jobRepository, Job calibrationJob,
                             LoadModels models, ValidationRuns validationRuns) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.calibrationJob = calibrationJob;
        this.models = models;
        this.validationRuns = validationRuns;
    }

    /** Runs the job in the calling thread and returns when it has ended. */
    public CalibrationRun run(CalibrationParameters parameters) {
        return run(parameters, false);
    }

    /**
     * Runs the job in the calling thread and returns when it has ended.
     *
     * @param recover whether to mark an execution of the same instance that the job repository still
     *                shows as running as failed first, so that it can be resumed. Only for an execution
     *                whose process is known to be gone (killed, or its machine lost): Spring Batch had no
     *                chance to record its end.
     */
    public CalibrationRun run(CalibrationParameters parameters, boolean recover) {
        JobParameters jobParameters = parameters.toJobParameters();
        if (recover) {
            recoverAbandoned(jobParameters);
        }
        try {
            JobExecution execution = jobOperator.start(calibrationJob, jobParameters);
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                return new CalibrationRun(CalibrationOutcome.COMPLETED, parameters, execution.getJobInstanceId(),
                        execution.getId(), null);
            }
            return new CalibrationRun(CalibrationOutcome.FAILED, parameters, execution.getJobInstanceId(),
                    execution.getId(), CalibrationFailure.reason(execution));
        } catch (JobInstanceAlreadyCompleteException e) {
            JobInstance instance = jobRepository.getJobInstance(CalibrationJobConfiguration.JOB_NAME, jobParameters);
            JobExecution completed = jobRepository.getLastJobExecution(instance);
            LOG.info("Calibration as of {} (statuses {}, domain {}, model {}, window start {}) already completed as job"
                            + " instance {} in execution {}; nothing to do", parameters.asOf(), parameters.statusList(),
                    orAny(parameters.domain()), orAny(parameters.modelName()),
                    parameters.windowStart() == null ? "none" : parameters.windowStart(), instance.getInstanceId(),
                    completed.getId());
            return new CalibrationRun(CalibrationOutcome.ALREADY_COMPLETE, parameters, instance.getInstanceId(),
                    completed.getId(), null);
        } catch (JobExecutionAlreadyRunningException e) {
            JobInstance instance = jobRepository.getJobInstance(CalibrationJobConfiguration.JOB_NAME, jobParameters);
            CalibrationRun running = stillRunning(parameters, jobRepository.getLastJobExecution(instance));
            LOG.error("Calibration as of {} did not start: {}", parameters.asOf(), running.failure());
            return running;
        } catch (JobRestartException | InvalidJobParametersException e) {
            LOG.error("Calibration as of {} did not start: {}", parameters.asOf(), e.getMessage());
            return new CalibrationRun(CalibrationOutcome.NOT_STARTED, parameters, 0, 0, e.getMessage());
        }
    }

    /**
     * Returns the executions of the job that the job repository still shows as running, oldest first. They
     * are those that another process runs now, and those whose process was killed.
     */
    public List<CalibrationRun> stillRunning() {
        List<CalibrationRun> running = new ArrayList<>();
        for (JobExecution execution : jobRepository.findRunningJobExecutions(CalibrationJobConfiguration.JOB_NAME)) {
            try {
                running.add(stillRunning(CalibrationParameters.from(execution.getJobParameters()), execution));
            } catch (DomainException e) {
                LOG.warn("Execution {} of the calibration job is still marked as running, with parameters that are"
                        + " not those of a calibration: {}", execution.getId(), e.getMessage());
            }
        }
        running.sort(Comparator.comparingLong(CalibrationRun::jobExecutionId));
        return running;
    }

    /**
     * Every model version in the scope of the instance, in increasing order of id, each with the run the
     * instance stored for it and its latest stored run.
     */
    public List<ModelResult> results(long jobInstanceId) {
        JobInstance instance = jobRepository.getJobInstance(jobInstanceId);
        if (instance == null) {
            return List.of();
        }
        List<Long> modelIds = List.of();
        for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
            String ids = execution.getExecutionContext().getString(ModelsInScope.CONTEXT_KEY, null);
            if (ids != null) {
                modelIds = ModelsInScope.decode(ids);
            }
        }
        List<ModelResult> results = new ArrayList<>();
        for (long modelId : modelIds) {
            List<ValidationRun> history = validationRuns.history(modelId);
            Optional<ValidationRun> run = history.stream()
                    .filter(stored -> stored.jobInstanceId() == jobInstanceId)
                    .findFirst();
            results.add(new ModelResult(models.findById(modelId).orElseThrow(() -> ModelNotFoundException.byId(modelId)),
                    run, history.stream().findFirst()));
        }
        return results;
    }

    private void recoverAbandoned(JobParameters jobParameters) {
        JobInstance instance = jobRepository.getJobInstance(CalibrationJobConfiguration.JOB_NAME, jobParameters);
        if (instance == null) {
            return;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last != null && last.isRunning()) {
            LOG.warn("Marking execution {} of job instance {} as failed: it is still marked as running, started {}"
                    + " and last updated {}", last.getId(), instance.getInstanceId(), last.getStartTime(),
                    last.getLastUpdated());
            jobOperator.recover(last);
        }
    }

    private static CalibrationRun stillRunning(CalibrationParameters parameters, JobExecution execution) {
        return new CalibrationRun(CalibrationOutcome.STILL_RUNNING, parameters, execution.getJobInstanceId(),
                execution.getId(), "execution " + execution.getId() + " of job instance " + execution.getJobInstanceId()
                        + " is still marked as running (started " + execution.getStartTime() + ", last updated "
                        + execution.getLastUpdated() + ")");
    }

    private static Object orAny(Object value) {
        return value == null ? "any" : value;
    }
}
