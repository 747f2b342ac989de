package io.precog.models.batch.job;

import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ResolvedForecasts;
import io.precog.models.application.port.ValidationRuns;
import java.time.Clock;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@value #JOB_NAME} job: a step that fixes the list of model versions in scope, then a
 * chunk-oriented step whose items are those versions, one per chunk, each read, scored and stored.
 */
@Configuration(proxyBeanMethods = false)
public class CalibrationJobConfiguration {

    public static final String JOB_NAME = "calibration";
    static final String SELECT_STEP = "selectModels";
    static final String VALIDATE_STEP = "validateModels";

    @Bean
    Job calibrationJob(JobRepository jobRepository, Step selectModelsStep, Step validateModelsStep, Clock clock) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(new CalibrationParametersValidator(clock))
                .listener(new CalibrationLogListener())
                .start(selectModelsStep)
                .next(validateModelsStep)
                .build();
    }

    @Bean
    Step selectModelsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          LoadModels loadModels) {
        return new StepBuilder(SELECT_STEP, jobRepository)
                .tasklet(new SelectModelsTasklet(loadModels), transactionManager)
                .build();
    }

    @Bean
    Step validateModelsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                            ModelIdReader modelIdReader, ModelCalibrator modelCalibrator,
                            ValidationRunWriter validationRunWriter) {
        return new StepBuilder(VALIDATE_STEP, jobRepository)
                .<Long, ModelCalibration>chunk(1)
                .transactionManager(transactionManager)
                .reader(modelIdReader)
                .processor(modelCalibrator)
                .writer(validationRunWriter)
                .build();
    }

    @Bean
    @StepScope
    ModelIdReader modelIdReader(@Value("#{stepExecution}") StepExecution stepExecution) {
        return new ModelIdReader(modelIds(stepExecution));
    }

    /**
     * @param passSize how many model versions one pass over the predictions reads at most
     */
    @Bean
    @StepScope
    ModelCalibrator modelCalibrator(@Value("#{stepExecution}") StepExecution stepExecution, LoadModels loadModels,
                                    ResolvedForecasts resolvedForecasts, Clock clock,
                                    @Value("${precog.calibration.pass-size:256}") int passSize) {
        CalibrationParameters parameters = CalibrationParameters.from(stepExecution.getJobParameters());
        ForecastPasses passes = new ForecastPasses(resolvedForecasts, parameters, modelIds(stepExecution), passSize);
        RunIdentity identity = new RunIdentity(stepExecution.getJobExecution().getJobInstanceId(),
                stepExecution.getJobExecutionId());
        return new ModelCalibrator(loadModels, passes, parameters, identity, clock);
    }

    @Bean
    @StepScope
    ValidationRunWriter validationRunWriter(ValidationRuns validationRuns) {
        return new ValidationRunWriter(validationRuns);
    }

    private static java.util.List<Long> modelIds(StepExecution stepExecution) {
        return ModelsInScope.decode(stepExecution.getJobExecution().getExecutionContext()
                .getString(ModelsInScope.CONTEXT_KEY, ""));
    }
}
