package io.precog.models.batch.importer;

import io.precog.models.domain.prediction.EventId;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One game of the FiveThirtyEight NFL Elo file.
 *
 * @param homeTeam       the file's team1, the home team (except at a neutral site)
 * @param awayTeam       the file's team2
 * @param homeWinChance  the file's elo_prob1: the pre-game probability that team1 wins
 * @param result         yes when team1 won, no when it lost, void for a tie
 */
public record NflGame(LocalDate date, int season, boolean neutralSite, boolean playoff, String homeTeam,
                      String awayTeam, Probability homeWinChance, Resolution result) {

    /**
     * A stable id from the date and the two teams, such as {@code nfl-1920-09-26-rii-stp}: no two games
     * of the file share date, home team and away team.
     */
    public EventId eventId() {
        return new EventId("nfl-" + date + "-" + homeTeam.toLowerCase(Locale.ROOT) + "-"
                + awayTeam.toLowerCase(Locale.ROOT));
    }

    /** Such as {@code STP at RII, 1920 season} or {@code KC vs TB at a neutral site, 2020 season, playoff}. */
    public String description() {
        return awayTeam + (neutralSite ? " vs " + homeTeam + " at a neutral site" : " at " + homeTeam)
                + ", " + season + " season" + (playoff ? ", playoff" : "");
    }
}
