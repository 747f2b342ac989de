package io.precog.models.application.port;

import io.precog.models.domain.model.Actor;
import io.precog.models.domain.model.ModelClass;
import io.precog.models.domain.model.ModelClassName;
import java.util.List;

/** The registry of model classes. */
public interface ModelClasses {

    /** Every registered class, ordered by name. */
    List<ModelClass> list();

    boolean exists(ModelClassName name);

    /** Registers a class; returns false, changing nothing, when it already exists. */
    boolean add(ModelClass modelClass, Actor actor);
}
