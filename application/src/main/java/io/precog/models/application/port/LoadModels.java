package io.precog.models.application.port;

import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;
import java.util.Optional;

/** Reads stored model versions. */
public interface LoadModels {

    Optional<ProbabilityModel> findById(long modelId);

    /** Finds a version by canonical equality, so {@code v1.0} finds {@code v1.0.0}. */
    Optional<ProbabilityModel> findByNameAndVersion(ModelName name, ModelVersion version);

    /** Every version of the model, in creation order; empty when the name is unknown. */
    List<ProbabilityModel> listVersions(ModelName name);

    /** Active versions, of one domain when {@code domain} is given, ordered by name then version. */
    List<ProbabilityModel> findActive(Optional<DomainName> domain);

    /** One page of the versions that match every given criterion, ordered by model id. */
    Page<ProbabilityModel> search(ModelSearch criteria, PageRequest page);
}
