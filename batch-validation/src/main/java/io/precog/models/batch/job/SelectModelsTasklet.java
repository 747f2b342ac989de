package io.precog.models.batch.job;

import io.precog.models.application.port.LoadModels;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step: lists the model versions in scope and keeps the list in the job's execution context.
 * A restarted job instance does not run this step again, so it validates the same versions as the run
 * that failed, even if their statuses changed in between.
 */
final class SelectModelsTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(SelectModelsTasklet.class);

    private final LoadModels models;

    SelectModelsTasklet(LoadModels models) {
        this.models = models;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        CalibrationParameters parameters = CalibrationParameters.from(step.getJobParameters());
        List<ProbabilityModel> inScope = ModelsInScope.find(models, parameters);
        List<Long> ids = inScope.stream().map(ProbabilityModel::modelId).toList();
        step.getJobExecution().getExecutionContext().putString(ModelsInScope.CONTEXT_KEY, ModelsInScope.encode(ids));
        LOG.info("Model versions in scope (statuses {}, domain {}, model {}): {} {}",
                parameters.statusList(), parameters.domain() == null ? "any" : parameters.domain(),
                parameters.modelName() == null ? "any" : parameters.modelName(), ids.size(),
                inScope.stream().map(model -> model.modelId() + " " + model.name() + " " + model.version()).toList());
        return RepeatStatus.FINISHED;
    }
}
