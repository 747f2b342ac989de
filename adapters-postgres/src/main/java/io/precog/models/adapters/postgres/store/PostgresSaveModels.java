package io.precog.models.adapters.postgres.store;

import io.precog.models.adapters.postgres.database.SchemaConstraints;
import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.application.port.SaveModels;
import io.precog.models.domain.error.DuplicateVersionException;
import io.precog.models.domain.error.ModelNotFoundException;
import io.precog.models.domain.error.UnknownModelClassException;
import io.precog.models.domain.model.NewModel;
import io.precog.models.domain.model.ProbabilityModel;
import io.precog.models.domain.model.ValidationMetrics;
import java.util.List;
import java.util.Optional;

/** Stores new model versions in {@code probability_models} and updates their mutable fields. */
public final class PostgresSaveModels implements SaveModels {

    private final Transactions transactions;

    PostgresSaveModels(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ProbabilityModel insert(NewModel model) {
        ModelRow row = ModelRow.of(model);
        long modelId = transactions.write("store model " + model.name() + " " + model.version(),
                session -> session.getMapper(ModelMapper.class).insert(row),
                error -> translateInsertError(error, model));
        return new ProbabilityModel(modelId, model.name(), model.version(), model.modelClass(), model.domain(),
                model.config(), model.status(), model.description(), model.notes(), ValidationMetrics.NONE,
                model.createdAt(), model.createdBy(), model.createdAt());
    }

    @Override
    public void updateMetrics(ProbabilityModel model) {
        ModelRow row = ModelRow.of(model);
        transactions.write("store the metrics of model " + model.modelId(),
                session -> requireUpdated(session.getMapper(ModelMapper.class).updateMetrics(row), model.modelId()),
                ErrorTranslation.NONE);
    }

    @Override
    public void updateText(ProbabilityModel model) {
        ModelRow row = ModelRow.of(model);
        transactions.write("store the description of model " + model.modelId(),
                session -> requireUpdated(session.getMapper(ModelMapper.class).updateText(row), model.modelId()),
                ErrorTranslation.NONE);
    }

    private void translateInsertError(DatabaseError error, NewModel model) {
        if (error.is(SqlStates.UNIQUE_VIOLATION, SchemaConstraints.MODEL_CANONICAL_VERSION)) {
            String requested = model.version().toString();
            String existing = transactions.read("read the existing version of model " + model.name(), session ->
                    Optional.ofNullable(session.getMapper(ModelMapper.class).findByCanonicalVersion(
                            model.name().value(), model.version().major(), model.version().minor(),
                            model.version().patch())).map(ModelRow::modelVersion).orElse(requested));
            throw new DuplicateVersionException(model.name().value(), requested, existing);
        }
        if (error.is(SqlStates.FOREIGN_KEY_VIOLATION, SchemaConstraints.MODEL_CLASS_REFERENCE)) {
            List<String> registered = transactions.read("list the model classes", session ->
                    session.getMapper(ModelClassMapper.class).list().stream().map(ModelClassRow::name).toList());
            throw new UnknownModelClassException(model.modelClass().value(), registered);
        }
    }

    private static int requireUpdated(int rows, long modelId) {
        if (rows == 0) {
            throw ModelNotFoundException.byId(modelId);
        }
        return rows;
    }
}
