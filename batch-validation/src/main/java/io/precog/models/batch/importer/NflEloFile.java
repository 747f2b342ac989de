package io.precog.models.batch.importer;

import io.precog.models.domain.error.InvalidValueException;
import io.precog.models.domain.prediction.Probability;
import io.precog.models.domain.prediction.Resolution;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads FiveThirtyEight's NFL Elo file (columns date, season, neutral, playoff, team1, team2, elo1,
 * elo2, elo_prob1, score1, score2, result1). Probabilities are parsed from their text straight to
 * decimals, never through {@code double}.
 */
public final class NflEloFile {

    private static final String[] REQUIRED = {"date", "season", "neutral", "playoff", "team1", "team2", "elo_prob1",
        "result1"};

    private NflEloFile() {
    }

    /**
     * Parses every game.
     *
     * @throws InvalidValueException naming the line and the column of the first value that cannot be read,
     *                               or the id of a game that appears twice
     */
    public static List<NflGame> read(Reader csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (String column : REQUIRED) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new InvalidValueException("header", parser.getHeaderNames(), "has no column " + column);
                }
            }
            List<NflGame> games = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CSVRecord record : parser) {
                NflGame game = game(record);
                if (!ids.add(game.eventId().value())) {
                    throw new InvalidValueException("line " + (record.getRecordNumber() + 1), game.eventId().value(),
                            "repeats a game already read: same date, home team and away team");
                }
                games.add(game);
            }
            return games;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the NFL Elo file", e);
        }
    }

    private static NflGame game(CSVRecord record) {
        long line = record.getRecordNumber() + 1;
        return new NflGame(date(record, line), integer(record, "season", line), flag(record, "neutral", line),
                flag(record, "playoff", line), team(record, "team1", line), team(record, "team2", line),
                probability(record, line), result(record, line));
    }

    private static LocalDate date(CSVRecord record, long line) {
        try {
            return LocalDate.parse(record.get("date"));
        } catch (DateTimeParseException e) {
            throw invalid(line, "date", record.get("date"), "is not a date such as 1920-09-26");
        }
    }

    private static int integer(CSVRecord record, String column, long line) {
        try {
            return Integer.parseInt(record.get(column));
        } catch (NumberFormatException e) {
            throw invalid(line, column, record.get(column), "is not a whole number");
        }
    }

    private static boolean flag(CSVRecord record, String column, long line) {
        return switch (record.get(column)) {
            case "0" -> false;
            case "1" -> true;
            default -> throw invalid(line, column, record.get(column), "must be 0 or 1");
        };
    }

    private static String team(CSVRecord record, String column, long line) {
        String team = record.get(column);
        if (!team.matches("[A-Z0-9]{2,4}")) {
            throw invalid(line, column, team, "is not a team code of 2 to 4 capital letters or digits");
        }
        return team;
    }

    private static Probability probability(CSVRecord record, long line) {
        String text = record.get("elo_prob1");
        try {
            return new Probability(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw invalid(line, "elo_prob1", text, "is not a decimal number");
        } catch (InvalidValueException e) {
            throw invalid(line, "elo_prob1", text, e.getMessage());
        }
    }

    /** result1: 1 when team1 won, 0 when it lost, 0.5 for a tie, which no win probability can be scored on. */
    private static Resolution result(CSVRecord record, long line) {
        return switch (record.get("result1")) {
            case "1" -> Resolution.YES;
            case "0" -> Resolution.NO;
            case "0.5" -> Resolution.VOID;
            default -> throw invalid(line, "result1", record.get("result1"), "must be 1, 0 or 0.5");
        };
    }

    private static InvalidValueException invalid(long line, String column, String value, String reason) {
        return new InvalidValueException(column + " (line " + line + ")", value, reason);
    }
}
