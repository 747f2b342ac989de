package io.precog.models.adapters.postgres.forecasts;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Splits the predictions table's pages into consecutive ranges of nearly equal size. The last range
 * is open-ended, so rows on pages added after the count are still read by one of the readers (though a snapshot
 * taken before does not see them).
 */
final class PageRanges {

    /** No split: the whole table in one range. */
    static final PageRanges NONE = new PageRanges(new long[] {0});

    private final long[] starts;

    private PageRanges(long[] starts) {
        this.starts = starts;
    }

    /** Counts the table's pages in the connection's transaction and splits them into {@code count} ranges. */
    static PageRanges of(Connection connection, int count) throws SQLException {
        long pages;
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT pg_relation_size('predictions') / current_setting('block_size')::bigint")) {
            row.next();
            pages = row.getLong(1);
        }
        long[] starts = new long[count];
        for (int range = 0; range < count; range++) {
            starts[range] = pages * range / count;
        }
        return new PageRanges(starts);
    }

    /** First page of a range. */
    long start(int range) {
        return starts[range];
    }
}
