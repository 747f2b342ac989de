package io.precog.models.adapters.postgres.database;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Connection target: a PostgreSQL JDBC URL such as
 * {@code jdbc:postgresql://localhost:5432/precog}, a user and a password. User and password may be
 * null when the URL carries them or the server does not ask. {@link #toString()} never shows the password.
 */
public record DatabaseSettings(String url, String user, String password) {

    private static final String URL_PREFIX = "jdbc:postgresql:";
    private static final Pattern HOST_AND_DATABASE = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&]*");

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL (it must start with " + URL_PREFIX + "): "
                    + maskPassword(url));
        }
    }

    /**
     * Returns settings for another database on the same server, with the same user and URL parameters.
     *
     * @throws IllegalArgumentException when the URL has no {@code //host} part to keep
     */
    public DatabaseSettings withDatabase(String database) {
        Matcher matcher = HOST_AND_DATABASE.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("cannot name another database in " + maskPassword(url)
                    + "; use the form jdbc:postgresql://host:port/database");
        }
        String parameters = matcher.group(3) == null ? "" : matcher.group(3);
        return new DatabaseSettings(matcher.group(1) + "/" + database + parameters, user, password);
    }

    /** Returns the URL with the value of any {@code password} parameter masked, fit for a log line. */
    public String maskedUrl() {
        return maskPassword(url);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + maskedUrl() + ", user=" + user + ", password="
                + (password == null ? "none" : "***") + "]";
    }

    private static String maskPassword(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }
}
