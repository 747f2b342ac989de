package io.precog.models.domain.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request that the domain rejects. Every subclass has a stable {@link #code()} that adapters map
 * to a transport status, and {@link #details()} holding the offending values by name.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> details;

    protected DomainException(String message, Map<String, ?> details) {
        super(message);
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** Stable, lowercase, hyphenated identifier of this kind of error, such as {@code duplicate-version}. */
    public abstract String code();

    /** Offending values by name, in a stable order; values are strings, numbers, lists or maps. */
    public Map<String, Object> details() {
        return details;
    }
}
