package io.precog.models.application.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidConfigException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlConfigLoaderTest {

    private final YamlConfigLoader loader = new YamlConfigLoader();

    @Test
    void readsPlainNumbersExactly() {
        ModelConfig config = loader.parse("""
                k_factor: 32.0
                mean_reversion: 0.33
                max_iterations: 1000
                models:
                  - model_name: elo_nfl
                    weight: 0.40
                """, "elo.yaml");

        assertThat(config.values().get("k_factor")).isEqualTo(new BigDecimal("32.0"));
        assertThat(config.values().get("mean_reversion")).isEqualTo(new BigDecimal("0.33"));
        assertThat(config.values().get("max_iterations")).isEqualTo(1000);
        assertThat(config.values().get("models"))
                .isEqualTo(List.of(Map.of("model_name", "elo_nfl", "weight", new BigDecimal("0.40"))));
        assertThat(config.toJson()).isEqualTo("{\"k_factor\":32.0,\"mean_reversion\":0.33,\"max_iterations\":1000,"
                + "\"models\":[{\"model_name\":\"elo_nfl\",\"weight\":0.40}]}");
    }

    @Test
    void readsQuotedNumbersExactly() {
        ModelConfig config = loader.parse("k_factor: \"32.0\"\nmax_iterations: '1000'\nname: elo\n", "quoted.yaml");

        assertThat(config.values().get("k_factor")).isEqualTo(new BigDecimal("32.0"));
        assertThat(config.values().get("max_iterations")).isEqualTo(1000);
        assertThat(config.values().get("name")).isEqualTo("elo");
    }

    @Test
    void keepsDigitsThatADoubleWouldLose() {
        ModelConfig config = loader.parse("tiny: 0.0000001\nprecise: 0.12345678901234567890123\n"
                + "big: 123456789012345678901234567890\nlong: 9007199254740993\n", "exact.yaml");

        assertThat(config.values().get("tiny")).isEqualTo(new BigDecimal("0.0000001"));
        assertThat(config.values().get("precise")).isEqualTo(new BigDecimal("0.12345678901234567890123"));
        assertThat(config.values().get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(config.values().get("long")).isEqualTo(9007199254740993L);
    }

    @Test
    void readsBooleansAndExponents() {
        ModelConfig config = loader.parse("enabled: true\nscale: 1.5e3\nsmall: 2.5e-3\nhex: 0x1F\n", "misc.yaml");

        assertThat(config.values().get("enabled")).isEqualTo(true);
        assertThat(config.values().get("scale")).isEqualTo(1500);
        assertThat(config.values().get("small")).isEqualTo(new BigDecimal("0.0025"));
        assertThat(config.values().get("hex")).isEqualTo(31);
    }

    @Test
    void rejectsInfinityAndNotANumber() {
        assertThatThrownBy(() -> loader.parse("k: .inf\n", "inf.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("the value .inf at line 1, column 4 is not a finite number");
        assertThatThrownBy(() -> loader.parse("k: .NaN\n", "nan.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("is not a finite number");
    }

    @Test
    void rejectsDocumentsThatAreNotMappings() {
        assertThatThrownBy(() -> loader.parse("- 1\n- 2\n", "list.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("Invalid config: list.yaml must hold a mapping of keys to values, such as"
                        + " 'k_factor: 32.0', not a single value or list");
        assertThatThrownBy(() -> loader.parse("", "empty.yaml"))
                .hasMessageEndingWith("not nothing");
    }

    @Test
    void rejectsDuplicateKeysAndBrokenYaml() {
        assertThatThrownBy(() -> loader.parse("k: 1\nk: 2\n", "dup.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("cannot read dup.yaml as YAML")
                .hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> loader.parse("k: [1, 2\n", "broken.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("cannot read broken.yaml as YAML");
    }

    @Test
    void rejectsNullValuesThroughConfigRules() {
        assertThatThrownBy(() -> loader.parse("k_factor:\n", "null.yaml"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("k_factor");
    }

    @Test
    void loadsFileAndReportsMissingFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("elo.yaml");
        Files.writeString(file, "k_factor: 32.0\n");

        assertThat(loader.load(file).values()).isEqualTo(Map.of("k_factor", new BigDecimal("32.0")));
        assertThatThrownBy(() -> loader.load(folder.resolve("missing.yaml")))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageEndingWith("missing.yaml does not exist; check the path");
    }

    @Test
    void rejectsOversizedFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("huge.yaml");
        Files.writeString(file, "k: \"" + "x".repeat(YamlConfigLoader.MAX_FILE_BYTES) + "\"\n");

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("the maximum is 1048576");
    }
}
