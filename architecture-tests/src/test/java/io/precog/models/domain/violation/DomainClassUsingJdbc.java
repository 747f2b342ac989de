package io.precog.models.domain.violation;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the no-JDBC rule on purpose: a domain class that talks to a database. */
public class DomainClassUsingJdbc {

    public boolean isOpen(Connection connection) throws SQLException {
        return !connection.isClosed();
    }
}
