package io.precog.models.adapters.postgres.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.NewModels;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.application.ModelPorts;
import io.precog.models.application.port.ModelSearch;
import io.precog.models.application.port.Page;
import io.precog.models.application.port.PageRequest;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import io.precog.models.domain.model.ModelVersion;
import io.precog.models.domain.model.NewModel;
import io.precog.models.domain.model.ProbabilityModel;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link io.precog.models.application.port.LoadModels} must do. */
abstract class LoadModelsContract {

    /** The ports under test, all over the same storage. */
    protected abstract ModelPorts ports();

    @Test
    void findsAVersionByIdWithEveryField() {
        ProbabilityModel stored = insert(NewModels.elo(UniqueNames.of("find"), "v1.0", ModelStatus.TESTING, "nfl"));

        assertThat(ports().loadModels().findById(stored.modelId())).contains(stored);
    }

    @Test
    void findsAVersionWrittenWithAnotherNumberOfComponents() {
        String name = UniqueNames.of("canonical");
        ProbabilityModel stored = insert(NewModels.elo(name, "v1.0", ModelStatus.DRAFT, "nfl"));

        Optional<ProbabilityModel> found = ports().loadModels()
                .findByNameAndVersion(new ModelName(name), ModelVersion.parse("v1.0.0"));

        assertThat(found).contains(stored);
        assertThat(found.orElseThrow().version()).hasToString("v1.0");
    }

    @Test
    void findsNothingForUnknownKeys() {
        String name = UniqueNames.of("unknown");
        insert(NewModels.elo(name, "v1.0", ModelStatus.DRAFT, "nfl"));

        assertThat(ports().loadModels().findById(Long.MAX_VALUE)).isEmpty();
        assertThat(ports().loadModels().findByNameAndVersion(new ModelName(name), ModelVersion.parse("v1.0.1")))
                .isEmpty();
        assertThat(ports().loadModels().listVersions(new ModelName(UniqueNames.of("never")))).isEmpty();
    }

    @Test
    void listsVersionsInCreationOrderNotVersionOrder() {
        String name = UniqueNames.of("history");
        ProbabilityModel second = insert(NewModels.elo(name, "v2.0", ModelStatus.DRAFT, "nfl"));
        ProbabilityModel first = insert(NewModels.elo(name, "v1.0", ModelStatus.DRAFT, "nfl"));
        ProbabilityModel tenth = insert(NewModels.elo(name, "v1.10", ModelStatus.DRAFT, "nfl"));

        assertThat(ports().loadModels().listVersions(new ModelName(name))).containsExactly(second, first, tenth);
    }

    @Test
    void ordersActiveVersionsByNameThenVersionNumbers() {
        String domain = UniqueNames.of("domain");
        String alpha = UniqueNames.of("alpha");
        String beta = "beta" + alpha.substring("alpha".length());
        ProbabilityModel betaTenth = insert(NewModels.elo(beta, "v1.10", ModelStatus.ACTIVE, domain));
        ProbabilityModel alphaNinth = insert(NewModels.elo(alpha, "v1.9", ModelStatus.ACTIVE, domain));
        ProbabilityModel betaNinth = insert(NewModels.elo(beta, "v1.9", ModelStatus.ACTIVE, domain));
        insert(NewModels.elo(alpha, "v1.0", ModelStatus.TESTING, domain));
        ProbabilityModel alphaSecond = insert(NewModels.elo(alpha, "v2.0", ModelStatus.ACTIVE, domain));
        ProbabilityModel elsewhere = insert(NewModels.elo(alpha, "v3.0", ModelStatus.ACTIVE, UniqueNames.of("other")));

        assertThat(ports().loadModels().findActive(Optional.of(new DomainName(domain))))
                .containsExactly(alphaNinth, alphaSecond, betaNinth, betaTenth);
        assertThat(ports().loadModels().findActive(Optional.empty()))
                .filteredOn(model -> model.name().value().equals(alpha) || model.name().value().equals(beta))
                .containsExactly(alphaNinth, alphaSecond, elsewhere, betaNinth, betaTenth);
    }

    @Test
    void pagesSearchResultsWithTotal() {
        String domain = UniqueNames.of("paged");
        List<ProbabilityModel> stored = List.of(
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.DRAFT, domain)),
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.ACTIVE, domain)),
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.ACTIVE, domain)),
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.TESTING, domain)),
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.ACTIVE, domain)),
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.DRAFT, domain)),
                insert(NewModels.elo(UniqueNames.of("page"), "v1.0", ModelStatus.TESTING, domain)));
        ModelSearch inDomain = new ModelSearch(null, new DomainName(domain), null, null);

        Page<ProbabilityModel> first = ports().loadModels().search(inDomain, new PageRequest(0, 3));
        Page<ProbabilityModel> last = ports().loadModels().search(inDomain, new PageRequest(2, 3));
        Page<ProbabilityModel> beyond = ports().loadModels().search(inDomain, new PageRequest(3, 3));

        assertThat(first.items()).containsExactlyElementsOf(stored.subList(0, 3));
        assertThat(first.totalItems()).isEqualTo(7);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(3);
        assertThat(last.items()).containsExactly(stored.get(6));
        assertThat(last.totalItems()).isEqualTo(7);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(7);
    }

    @Test
    void searchesByEveryGivenCriterion() {
        String domain = UniqueNames.of("criteria");
        String name = UniqueNames.of("criteria");
        ProbabilityModel eloActive = insert(NewModels.elo(name, "v1.0", ModelStatus.ACTIVE, domain));
        ProbabilityModel eloTesting = insert(NewModels.elo(name, "v1.1", ModelStatus.TESTING, domain));
        NewModel logistic = NewModels.of(UniqueNames.of("criteria"), "v1.0", "logistic", domain,
                Configs.seed(), ModelStatus.ACTIVE);
        ProbabilityModel logisticActive = insert(logistic);
        DomainName inDomain = new DomainName(domain);

        assertThat(search(new ModelSearch(ModelStatus.ACTIVE, inDomain, null, null)).items())
                .containsExactly(eloActive, logisticActive);
        assertThat(search(new ModelSearch(null, inDomain, new ModelClassName("elo"), null)).items())
                .containsExactly(eloActive, eloTesting);
        assertThat(search(new ModelSearch(ModelStatus.ACTIVE, inDomain, new ModelClassName("elo"), null)).items())
                .containsExactly(eloActive);
        assertThat(search(new ModelSearch(null, null, null, new ModelName(name))).items())
                .containsExactly(eloActive, eloTesting);
        assertThat(search(new ModelSearch(ModelStatus.DEPRECATED, inDomain, null, null)).totalItems()).isZero();
    }

    private Page<ProbabilityModel> search(ModelSearch criteria) {
        return ports().loadModels().search(criteria, new PageRequest(0, PageRequest.MAX_SIZE));
    }

    private ProbabilityModel insert(NewModel model) {
        return ports().saveModels().insert(model);
    }
}
