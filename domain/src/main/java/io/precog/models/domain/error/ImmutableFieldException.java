package io.precog.models.domain.error;

import java.util.List;
import java.util.Map;

/** An attempt to change a field that is fixed once a model version exists. */
public final class ImmutableFieldException extends DomainException {

    private static final long serialVersionUID = 1L;

    public ImmutableFieldException(String field, List<String> mutableFields) {
        super("Field " + field + " is immutable once a model version exists: create a new version to change it;"
                        + " the fields that can be changed are " + String.join(", ", mutableFields),
                Map.of("field", field, "mutable_fields", List.copyOf(mutableFields)));
    }

    @Override
    public String code() {
        return "immutable-field";
    }
}
