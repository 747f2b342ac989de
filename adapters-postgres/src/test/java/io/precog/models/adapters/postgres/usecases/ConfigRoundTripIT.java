package io.precog.models.adapters.postgres.usecases;

import static io.precog.models.adapters.postgres.store.fixtures.Actors.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.store.PostgresModelPorts;
import io.precog.models.adapters.postgres.store.fixtures.Configs;
import io.precog.models.adapters.postgres.store.fixtures.Queries;
import io.precog.models.adapters.postgres.store.fixtures.SettableClock;
import io.precog.models.adapters.postgres.store.fixtures.UniqueNames;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import io.precog.models.application.CreateModelCommand;
import io.precog.models.application.ModelManager;
import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelClassName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelVersion;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Configs stored and read back through PostgreSQL's jsonb: every value equal, every decimal with its
 * scale, every integer with its type, whatever order jsonb gives the keys.
 */
@PostgresTest
class ConfigRoundTripIT {

    private final ModelManager manager;
    private final Queries queries;

    ConfigRoundTripIT(DataSource dataSource) {
        this.manager = new ModelManager(PostgresModelPorts.create(dataSource),
                SettableClock.at("2025-09-01T09:00:00Z"));
        this.queries = new Queries(dataSource);
    }

    @Test
    void keepsSeedConfigScales() {
        ModelConfig read = roundTrip(Configs.seed());

        assertThat(read).isEqualTo(Configs.seed());
        assertThat(read.values().get("k_factor")).isEqualTo(new BigDecimal("32.0")).hasToString("32.0");
        assertThat(read.values().get("mean_reversion")).hasToString("0.33");
        assertThat(read.values().get("max_iterations")).isEqualTo(1000).isInstanceOf(Integer.class);
        Map<?, ?> model = (Map<?, ?>) ((List<?>) read.values().get("models")).get(0);
        assertThat(model.get("weight")).isEqualTo(new BigDecimal("0.40")).hasToString("0.40");
        assertThat(model.get("model_name")).isEqualTo("elo_nfl");
        assertThat(read.fingerprint()).isEqualTo(Configs.sha256(Configs.SEED_CANONICAL_JSON));
    }

    @Test
    void keepsSmallDecimalsExactly() {
        ModelConfig config = ModelConfig.of(Configs.map(
                "tolerance", new BigDecimal("0.0000001"),
                "learning_rate", new BigDecimal("0.1"),
                "prior", new BigDecimal("0.100"),
                "epsilon", new BigDecimal("1E-1000"),
                "negative", new BigDecimal("-2.50")));

        ModelConfig read = roundTrip(config);

        assertThat(read).isEqualTo(config);
        assertThat(((BigDecimal) read.values().get("tolerance")).toPlainString()).isEqualTo("0.0000001");
        assertThat(((BigDecimal) read.values().get("tolerance")).scale()).isEqualTo(7);
        assertThat(read.values().get("learning_rate")).hasToString("0.1");
        assertThat(read.values().get("prior")).hasToString("0.100");
        assertThat(((BigDecimal) read.values().get("epsilon")).scale()).isEqualTo(1000);
        assertThat(read.values().get("negative")).hasToString("-2.50");
    }

    @Test
    void keepsIntegerTypes() {
        BigInteger huge = BigInteger.TWO.pow(70);
        ModelConfig config = ModelConfig.of(Configs.map(
                "small", 7,
                "negative", -1,
                "int_max", Integer.MAX_VALUE,
                "just_above_int", 2_147_483_648L,
                "long_min", Long.MIN_VALUE,
                "huge", huge,
                "whole_decimal", new BigDecimal("5")));

        ModelConfig read = roundTrip(config);

        assertThat(read).isEqualTo(config);
        assertThat(read.values().get("small")).isEqualTo(7);
        assertThat(read.values().get("negative")).isEqualTo(-1);
        assertThat(read.values().get("int_max")).isEqualTo(2_147_483_647);
        assertThat(read.values().get("just_above_int")).isEqualTo(2_147_483_648L);
        assertThat(read.values().get("long_min")).isEqualTo(-9_223_372_036_854_775_808L);
        assertThat(read.values().get("huge")).isEqualTo(new BigInteger("1180591620717411303424"));
        assertThat(read.values().get("whole_decimal")).isEqualTo(5);
    }

    @Test
    void keepsNestedListsMapsStringsAndBooleans() {
        ModelConfig config = ModelConfig.of(Configs.map(
                "features", List.of("elo_diff", "rest_days", "travel km"),
                "matrix", List.of(List.of(new BigDecimal("1.0"), new BigDecimal("0.00")),
                        List.of(new BigDecimal("-0.5"), new BigDecimal("2.25"))),
                "layers", List.of(Configs.map("units", 64, "activation", "relu", "dropout", new BigDecimal("0.10")),
                        Configs.map("units", 1, "activation", "sigmoid")),
                "flags", Configs.map("use_playoffs", true, "use_preseason", false),
                "text", "quote \" backslash \\ tab \t newline \n unicode é € 🏈"));

        ModelConfig read = roundTrip(config);

        assertThat(read).isEqualTo(config);
        assertThat(((List<?>) ((List<?>) read.values().get("matrix")).get(0)).get(1)).hasToString("0.00");
        assertThat(read.values().get("text")).isEqualTo("quote \" backslash \\ tab \t newline \n unicode é € 🏈");
    }

    @Test
    void storesConfigAsJsonObject() {
        String name = UniqueNames.of("stored_config");
        long modelId = create(name, Configs.seed());

        assertThat(queries.text("SELECT jsonb_typeof(config) FROM probability_models WHERE model_id = ?", modelId))
                .isEqualTo("object");
        assertThat(queries.text("SELECT config_fingerprint FROM probability_models WHERE model_id = ?", modelId))
                .isEqualTo(Configs.sha256(Configs.SEED_CANONICAL_JSON));
        assertThat(queries.text("SELECT (config -> 'k_factor')::text FROM probability_models WHERE model_id = ?",
                modelId)).isEqualTo("32.0");
    }

    private ModelConfig roundTrip(ModelConfig config) {
        return manager.getModel(create(UniqueNames.of("round_trip"), config)).config();
    }

    private long create(String name, ModelConfig config) {
        return manager.createModel(new CreateModelCommand(new ModelName(name), ModelVersion.parse("v1.0"),
                new ModelClassName("elo"), new DomainName("nfl"), config, null, null, null), ALICE).model().modelId();
    }
}
