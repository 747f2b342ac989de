package io.precog.models.adapters.postgres.forecasts;

import java.time.Instant;

/** Builds rows in the text format of PostgreSQL's COPY: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder text = new StringBuilder();
    private boolean rowStarted;

    CopyText value(String value) {
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

    CopyText value(long value) {
        separate();
        text.append(value);
        return this;
    }

    CopyText value(Instant value) {
        return value(value == null ? null : value.toString());
    }

    void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    String text() {
        return text.toString();
    }

    private void separate() {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
    }
}
