package io.precog.models.domain.model;

import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidStatusTransitionException;
import java.time.Clock;
import java.time.Instant;

/**
 * One stored version of a probability model. Instances are immutable: the guarded operations return
 * the model's next state and leave this one unchanged. Name, version, class, domain, config and
 * creation stamp never change; status, description, notes and validation metrics do.
 */
public record ProbabilityModel(long modelId, ModelName name, ModelVersion version, ModelClassName modelClass,
                               DomainName domain, ModelConfig config, ModelStatus status, String description,
                               String notes, ValidationMetrics metrics, Instant createdAt, Actor createdBy,
                               Instant updatedAt) {

    /**
     * Moves the model to {@code target}.
     *
     * @param notes why the status changes; may be null
     * @throws InvalidStatusTransitionException naming the current status, the target and the allowed targets,
     *                                          when the lifecycle does not allow the move (a move to the
     *                                          current status included)
     */
    public StatusTransition transitionTo(ModelStatus target, Actor actor, String notes, Clock clock) {
        if (!status.canMoveTo(target)) {
            throw new InvalidStatusTransitionException(status.wireName(), target.wireName(),
                    status.allowedTargetNames());
        }
        Instant now = clock.instant();
        StatusChange change = new StatusChange(modelId, status, target, now, actor,
                TextFields.optional("notes", notes));
        ProbabilityModel moved = new ProbabilityModel(modelId, name, version, modelClass, domain, config, target,
                description, this.notes, metrics, createdAt, createdBy, now);
        return new StatusTransition(moved, change);
    }

    /** Records new validation metrics and sets {@code last_validated_at} to the clock's time. */
    public ProbabilityModel withMetrics(MetricsUpdate update, Clock clock) {
        Instant now = clock.instant();
        return new ProbabilityModel(modelId, name, version, modelClass, domain, config, status, description, notes,
                metrics.apply(update, now), createdAt, createdBy, now);
    }

    /** Replaces the description and notes; a null argument keeps the current value. */
    public ProbabilityModel withText(String newDescription, String newNotes, Clock clock) {
        return new ProbabilityModel(modelId, name, version, modelClass, domain, config, status,
                newDescription != null ? TextFields.optional("description", newDescription) : description,
                newNotes != null ? TextFields.optional("notes", newNotes) : notes,
                metrics, createdAt, createdBy, clock.instant());
    }
}
