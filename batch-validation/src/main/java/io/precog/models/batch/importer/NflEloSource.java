package io.precog.models.batch.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copy of FiveThirtyEight's NFL Elo forecasts that ships inside the application, and where it
 * comes from (see docs/data.md for the attribution).
 */
public final class NflEloSource {

    /** Class-path location of the copy. */
    public static final String RESOURCE = "data/nfl_games_elo.csv";

    private NflEloSource() {
    }

    /** Reads every game of the bundled copy. */
    public static List<NflGame> games() {
        try (Reader reader = new InputStreamReader(open(), StandardCharsets.UTF_8)) {
            return NflEloFile.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
    }

    /** Lowercase hex SHA-256 of the bundled copy's bytes. */
    public static String sha256() {
        try (InputStream in = open()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Returns the model config that records where the probabilities come from. */
    public static Map<String, Object> provenance() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("source", "FiveThirtyEight NFL Elo ratings, pre-game win probability of the home team");
        config.put("repository", "fivethirtyeight/nfl-elo-game");
        config.put("file", "data/nfl_games.csv");
        config.put("column", "elo_prob1");
        config.put("licence", "MIT, Copyright (c) 2021 ABC News Internet Ventures");
        config.put("bundled_copy", "batch-validation/src/main/resources/" + RESOURCE);
        config.put("sha256", sha256());
        config.put("seasons", "1920-2020");
        return config;
    }

    private static InputStream open() {
        InputStream in = NflEloSource.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        return in;
    }
}
