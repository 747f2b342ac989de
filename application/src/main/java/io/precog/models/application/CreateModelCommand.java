package io.precog.models.application;

import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;

/**
 * Request to create a model version.
 *
 * @param status first status; null means draft
 */
public record CreateModelCommand(ModelName name, ModelVersion version, ModelClassName modelClass, DomainName domain,
                                 ModelConfig config, ModelStatus status, String description, String notes) {

    public CreateModelCommand {
        if (name == null || version == null || modelClass == null || domain == null || config == null) {
            String missing = name == null ? "model_name" : version == null ? "model_version"
                    : modelClass == null ? "model_class" : domain == null ? "domain" : "config";
            throw new InvalidValueException(missing, null, "missing; it is required to create a model version");
        }
        if (status == null) {
            status = ModelStatus.DRAFT;
        }
    }
}
