package io.precog.models.application.port;

import io.precog.models.domain.error.DuplicateVersionException;
import io.precog.models.domain.error.UnknownModelClassException;
import io.precog.models.domain.model.NewModel;
import io.precog.models.domain.model.ProbabilityModel;

/** Stores new model versions and changes of their mutable fields. */
public interface SaveModels {

    /**
     * Stores a new version and returns it with its assigned id.
     *
     * @throws DuplicateVersionException  when the model already has the version, in any writing of it
     * @throws UnknownModelClassException when the model class is not registered
     */
    ProbabilityModel insert(NewModel model);

    /** Stores the validation metrics, {@code last_validated_at} and {@code updated_at} of {@code model}. */
    void updateMetrics(ProbabilityModel model);

    /** Stores the description, notes and {@code updated_at} of {@code model}. */
    void updateText(ProbabilityModel model);
}
