package io.precog.models.domain.error;

import java.util.Map;

/** A model config that breaks a config rule; the key path locates the value, such as {@code models[1].weight}. */
public final class InvalidConfigException extends DomainException {

    private static final long serialVersionUID = 1L;

    /**
     * @param keyPath path of the offending value, {@code ""} for the config as a whole
     * @param reason  what is wrong and what to do instead
     */
    public InvalidConfigException(String keyPath, String reason) {
        super("Invalid config" + (keyPath.isEmpty() ? "" : " at '" + keyPath + "'") + ": " + reason,
                Map.of("key_path", keyPath, "reason", reason));
    }

    @Override
    public String code() {
        return "invalid-config";
    }
}
