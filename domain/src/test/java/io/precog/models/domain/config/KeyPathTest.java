package io.precog.models.domain.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPathTest {

    @Test
    void rootIsEmpty() {
        assertThat(KeyPath.ROOT.toString()).isEmpty();
    }

    @Test
    void writesIdentifiersBareAndIndicesInBrackets() {
        assertThat(KeyPath.ROOT.key("models").index(1).key("weight").toString()).isEqualTo("models[1].weight");
        assertThat(KeyPath.ROOT.key("_a1").key("B_2").toString()).isEqualTo("_a1.B_2");
        assertThat(KeyPath.ROOT.key("grid").index(0).index(12).toString()).isEqualTo("grid[0][12]");
    }

    @Test
    void quotesKeysThatAreNotIdentifiers() {
        assertThat(KeyPath.ROOT.key("odd key").key("x").toString()).isEqualTo("[\"odd key\"].x");
        assertThat(KeyPath.ROOT.key("limits").key("k-factor").toString()).isEqualTo("limits[\"k-factor\"]");
        assertThat(KeyPath.ROOT.key("a.b").toString()).isEqualTo("[\"a.b\"]");
        assertThat(KeyPath.ROOT.key("1st").toString()).isEqualTo("[\"1st\"]");
        assertThat(KeyPath.ROOT.key("é").toString()).isEqualTo("[\"é\"]");
        assertThat(KeyPath.ROOT.key("").toString()).isEqualTo("[\"\"]");
    }

    @Test
    void escapesQuotesInQuotedKeys() {
        assertThat(KeyPath.ROOT.key("say \"hi\"\\").index(0).toString()).isEqualTo("[\"say \\\"hi\\\"\\\\\"][0]");
    }
}
