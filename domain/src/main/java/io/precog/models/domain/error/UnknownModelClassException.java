package io.precog.models.domain.error;

import java.util.List;
import java.util.Map;

/** A model class that is not in the model class registry. */
public final class UnknownModelClassException extends DomainException {

    private static final long serialVersionUID = 1L;

    public UnknownModelClassException(String modelClass, List<String> validClasses) {
        super("Unknown model class '" + modelClass + "': use one of " + String.join(", ", validClasses)
                        + ", or ask an administrator to add the class",
                Map.of("model_class", modelClass, "valid_classes", List.copyOf(validClasses)));
    }

    @Override
    public String code() {
        return "unknown-model-class";
    }
}
