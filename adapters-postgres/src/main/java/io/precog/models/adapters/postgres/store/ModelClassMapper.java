package io.precog.models.adapters.postgres.store;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code model_classes}; the SQL is in {@code ModelClassMapper.xml}. */
interface ModelClassMapper {

    /** Lists every class by name in code point order. */
    List<ModelClassRow> list();

    boolean exists(String name);

    /** Inserts the class unless one of that name exists; returns the number of rows inserted, 0 or 1. */
    int insertIfAbsent(@Param("name") String name, @Param("description") String description,
                       @Param("createdBy") String createdBy);
}
