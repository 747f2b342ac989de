package io.precog.models.adapters.postgres.store;

import io.precog.models.application.port.ModelClasses;
import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.ModelClass;
import io.precog.models.domain.model.ModelClassName;
import java.util.List;

/** The model class registry in {@code model_classes}. */
public final class PostgresModelClasses implements ModelClasses {

    private final Transactions transactions;

    PostgresModelClasses(Transactions transactions) {
        this.transactions = transactions;
    }

    /** {@inheritDoc} Names are ordered by code point, whatever the database's collation. */
    @Override
    public List<ModelClass> list() {
        return transactions.read("list the model classes", session ->
                session.getMapper(ModelClassMapper.class).list().stream().map(ModelClassRow::toModelClass).toList());
    }

    @Override
    public boolean exists(ModelClassName name) {
        return transactions.read("look up model class " + name, session ->
                session.getMapper(ModelClassMapper.class).exists(name.value()));
    }

    @Override
    public boolean add(ModelClass modelClass, Actor actor) {
        return transactions.write("add model class " + modelClass.name(), session ->
                session.getMapper(ModelClassMapper.class).insertIfAbsent(modelClass.name().value(),
                        modelClass.description(), actor.id()) == 1, ErrorTranslation.NONE);
    }
}
