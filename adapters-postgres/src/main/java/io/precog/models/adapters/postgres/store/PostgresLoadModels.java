package io.precog.models.adapters.postgres.store;

import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ModelSearch;
import io.precog.models.application.port.Page;
import io.precog.models.application.port.PageRequest;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;
import java.util.Optional;

/** Reads model versions from {@code probability_models}. */
public final class PostgresLoadModels implements LoadModels {

    private final Transactions transactions;

    PostgresLoadModels(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ProbabilityModel> findById(long modelId) {
        return transactions.read("read model " + modelId, session ->
                Optional.ofNullable(session.getMapper(ModelMapper.class).findById(modelId)).map(ModelRow::toModel));
    }

    @Override
    public Optional<ProbabilityModel> findByNameAndVersion(ModelName name, ModelVersion version) {
        return transactions.read("read model " + name + " " + version, session ->
                Optional.ofNullable(session.getMapper(ModelMapper.class).findByCanonicalVersion(name.value(),
                        version.major(), version.minor(), version.patch())).map(ModelRow::toModel));
    }

    @Override
    public List<ProbabilityModel> listVersions(ModelName name) {
        return transactions.read("list the versions of model " + name, session ->
                toModels(session.getMapper(ModelMapper.class).listVersions(name.value())));
    }

    @Override
    public List<ProbabilityModel> findActive(Optional<DomainName> domain) {
        return transactions.read("list the active models", session ->
                toModels(session.getMapper(ModelMapper.class).findActive(domain.map(DomainName::value).orElse(null))));
    }

    /** Reads the page and the total from one snapshot, so that they agree while others write. */
    @Override
    public Page<ProbabilityModel> search(ModelSearch criteria, PageRequest page) {
        ModelFilter filter = ModelFilter.of(criteria);
        return transactions.read("search models", session -> {
            ModelMapper models = session.getMapper(ModelMapper.class);
            models.useRepeatableRead();
            List<ProbabilityModel> items = toModels(models.search(filter, page.size(), page.offset()));
            return new Page<>(items, page.page(), page.size(), models.count(filter));
        });
    }

    private static List<ProbabilityModel> toModels(List<ModelRow> rows) {
        return rows.stream().map(ModelRow::toModel).toList();
    }
}
