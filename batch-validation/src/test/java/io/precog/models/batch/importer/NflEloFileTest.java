package io.precog.models.batch.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.prediction.Resolution;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class NflEloFileTest {

    static final String HEADER = "date,season,neutral,playoff,team1,team2,elo1,elo2,elo_prob1,score1,score2,result1\n";

    @Test
    void readsGameWithExactProbability() {
        List<NflGame> games = NflEloFile.read(new StringReader(HEADER
                + "1920-09-26,1920,0,0,RII,STP,1503.947,1300.0,0.8246512009492516,48,0,1\n"));
        NflGame game = games.get(0);
        assertThat(game.eventId().value()).isEqualTo("nfl-1920-09-26-rii-stp");
        assertThat(game.date()).isEqualTo(LocalDate.of(1920, 9, 26));
        assertThat(game.homeWinChance().value()).isEqualTo("0.8246512009492516");
        assertThat(game.result()).isEqualTo(Resolution.YES);
        assertThat(game.description()).isEqualTo("STP at RII, 1920 season");
    }

    @Test
    void readsLossAsNoTieAsVoid() {
        List<NflGame> games = NflEloFile.read(new StringReader(HEADER
                + "1921-10-02,1921,0,0,AKR,CIB,1,2,0.6,0,7,0\n"
                + "1921-10-09,1921,1,1,AKR,CIB,1,2,0.6,3,3,0.5\n"));
        assertThat(games).extracting(NflGame::result).containsExactly(Resolution.NO, Resolution.VOID);
        assertThat(games.get(1).description()).isEqualTo("CIB vs AKR at a neutral site, 1921 season, playoff");
    }

    @Test
    void rejectsUnknownResultNamingLine() {
        assertThatThrownBy(() -> NflEloFile.read(new StringReader(HEADER
                + "1921-10-02,1921,0,0,AKR,CIB,1,2,0.6,0,7,2\n")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("result1 (line 2)");
    }

    @Test
    void rejectsAGameThatAppearsTwice() {
        String line = "1921-10-02,1921,0,0,AKR,CIB,1,2,0.6,0,7,0\n";
        assertThatThrownBy(() -> NflEloFile.read(new StringReader(HEADER + line + line)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("nfl-1921-10-02-akr-cib");
    }

    @Test
    void bundledFileHasEveryGameOnce() {
        List<NflGame> games = NflEloSource.games();
        assertThat(games).hasSize(16_810);
        assertThat(games).filteredOn(game -> game.result() == Resolution.VOID).hasSize(316);
        assertThat(games).filteredOn(game -> game.result() == Resolution.YES).hasSize(9_566);
        assertThat(new HashSet<>(games.stream().map(NflGame::eventId).toList())).hasSize(16_810);
        assertThat(games).filteredOn(game -> game.homeWinChance().value().compareTo(new java.math.BigDecimal("0.5")) == 0)
                .singleElement()
                .satisfies(game -> assertThat(game.eventId().value()).isEqualTo("nfl-2000-09-10-det-wsh"));
        assertThat(games.get(games.size() - 1).eventId().value()).isEqualTo("nfl-2021-02-07-tb-kc");
    }

    @Test
    void bundledFileMatchesItsChecksum() {
        assertThat(NflEloSource.sha256()).isEqualTo("af16cf3c5848393057fad07feea278f0a85ab7b57ddbfe42ed96b5c80e7d519d");
        assertThat(NflEloSource.provenance()).containsEntry("repository", "fivethirtyeight/nfl-elo-game")
                .containsEntry("column", "elo_prob1");
    }
}
