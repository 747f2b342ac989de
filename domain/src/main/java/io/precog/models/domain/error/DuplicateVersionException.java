package io.precog.models.domain.error;

import java.util.Map;

/** A version that already exists for the model, possibly written differently ({@code v1.0} and {@code v1.0.0}). */
public final class DuplicateVersionException extends DomainException {

    private static final long serialVersionUID = 1L;

    public DuplicateVersionException(String modelName, String requestedVersion, String existingVersion) {
        super("Model '" + modelName + "' already has version " + existingVersion
                        + (existingVersion.equals(requestedVersion) ? "" : " (same as " + requestedVersion + ")")
                        + ": versions are immutable, so create the next version instead",
                Map.of("model_name", modelName, "model_version", requestedVersion,
                        "existing_version", existingVersion));
    }

    @Override
    public String code() {
        return "duplicate-version";
    }
}
