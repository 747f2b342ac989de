package io.precog.models.domain.error;

import java.util.Map;

/** No model version with the given id, or with the given name and version. */
public final class ModelNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private ModelNotFoundException(String message, Map<String, ?> details) {
        super(message, details);
    }

    public static ModelNotFoundException byId(long modelId) {
        return new ModelNotFoundException("No model with model_id " + modelId
                + ": list versions by name to find the id", Map.of("model_id", modelId));
    }

    public static ModelNotFoundException byName(String modelName, String modelVersion) {
        return new ModelNotFoundException("No model '" + modelName + "' with version " + modelVersion
                        + ": list the model's versions to see which exist",
                Map.of("model_name", modelName, "model_version", modelVersion));
    }

    public static ModelNotFoundException byName(String modelName) {
        return new ModelNotFoundException("No model named '" + modelName + "': check the name or create the model",
                Map.of("model_name", modelName));
    }

    @Override
    public String code() {
        return "model-not-found";
    }
}
