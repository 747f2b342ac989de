package io.precog.models.application;

import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelVersion;

/**
 * A way to name one model version: by {@code model_id}, or by model name and version.
 * Exactly one of the two forms is set.
 */
public record ModelReference(Long modelId, ModelName name, ModelVersion version) {

    public ModelReference {
        boolean byName = name != null || version != null;
        if (modelId == null && !byName) {
            throw new InvalidValueException("model_id", null,
                    "missing; give a model_id, or a model_name with a model_version");
        }
        if (modelId != null && byName) {
            throw new InvalidValueException("model_id", modelId,
                    "give either a model_id or a model_name with a model_version, not both");
        }
        if (byName && (name == null || version == null)) {
            throw new InvalidValueException(name == null ? "model_name" : "model_version", null,
                    "missing; a lookup by name needs both model_name and model_version");
        }
    }

    public static ModelReference byId(long modelId) {
        return new ModelReference(modelId, null, null);
    }

    public static ModelReference byName(ModelName name, ModelVersion version) {
        return new ModelReference(null, name, version);
    }

    /**
     * Builds a reference from optional raw arguments, as a caller gives them.
     *
     * @throws InvalidValueException when neither form, both forms or half of the name form are given
     */
    public static ModelReference of(Long modelId, String modelName, String modelVersion) {
        return new ModelReference(modelId, modelName == null ? null : new ModelName(modelName),
                modelVersion == null ? null : ModelVersion.parse(modelVersion));
    }
}
