package io.precog.models.adapters.postgres.store;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements on {@code probability_models}; the SQL is in {@code ModelMapper.xml}. */
interface ModelMapper {

    /** Inserts the row and returns its generated {@code model_id}. */
    long insert(ModelRow row);

    ModelRow findById(long modelId);

    ModelRow findByCanonicalVersion(@Param("name") String name, @Param("major") int major,
                                    @Param("minor") int minor, @Param("patch") int patch);

    List<ModelRow> listVersions(String name);

    /** Lists the active rows, of one domain unless {@code domain} is null. */
    List<ModelRow> findActive(@Param("domain") String domain);

    List<ModelRow> search(@Param("filter") ModelFilter filter, @Param("limit") int limit,
                          @Param("offset") long offset);

    long count(@Param("filter") ModelFilter filter);

    /** Makes the current transaction see one snapshot, so that a page and its total agree. */
    void useRepeatableRead();

    /** Reads the current status; returns null when no row has the id. */
    String findStatus(long modelId);

    /** Sets the status only while it is still {@code from}; returns the number of rows changed, 0 or 1. */
    int compareAndSetStatus(@Param("modelId") long modelId, @Param("from") String from, @Param("to") String to,
                            @Param("updatedAt") Instant updatedAt);

    int updateMetrics(ModelRow row);

    int updateText(ModelRow row);
}
