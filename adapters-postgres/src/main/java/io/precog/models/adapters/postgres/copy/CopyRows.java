package io.precog.models.adapters.postgres.copy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.postgresql.PGConnection;

/**
 * Rows in the text format of PostgreSQL's {@code COPY}: tab-separated, {@code \N} for null, and
 * backslash escapes, sent in one {@code COPY ... FROM STDIN}. Decimals are written in plain notation
 * and instants in ISO 8601 UTC.
 */
public final class CopyRows {

    private final StringBuilder text = new StringBuilder();
    private boolean rowStarted;

    /** Appends a text column, escaped; null becomes SQL NULL. */
    public CopyRows value(String value) {
        separate();
        if (value == null) {
            text.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    public CopyRows value(long value) {
        separate();
        text.append(value);
        return this;
    }

    public CopyRows value(BigDecimal value) {
        return value(value == null ? null : value.toPlainString());
    }

    public CopyRows value(Instant value) {
        return value(value == null ? null : value.toString());
    }

    public void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    /**
     * Sends the rows with {@code copySql}, such as {@code COPY incoming FROM STDIN}, on the connection's
     * current transaction.
     *
     * @return the number of rows copied
     */
    public long copyIn(Connection connection, String copySql) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("could not send the rows to copy", e);
        }
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
