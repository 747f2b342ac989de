package io.precog.models.adapters.postgres.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.adapters.postgres.database.SchemaConstraints;
import io.precog.models.adapters.postgres.database.SqlStates;
import io.precog.models.adapters.postgres.testing.PostgresTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.util.ServerErrorMessage;

@PostgresTest
class EventsIT {

    static final String INSERT = """
            INSERT INTO events (event_id, domain, description, starts_at)
            VALUES (?, 'nfl', 'Chicago at Green Bay', '2019-09-05T20:20:00-04:00')""";
    private static final String RESOLVE = "UPDATE events SET resolution = ?, resolved_at = ? WHERE event_id = ?";
    private static final OffsetDateTime RESOLVED_AT = OffsetDateTime.parse("2019-09-06T03:40:00Z");

    private final DataSource dataSource;
    private Connection connection;
    private String eventId;

    EventsIT(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @BeforeEach
    void insertEvent() throws SQLException {
        connection = dataSource.getConnection();
        eventId = "nfl-2019-09-05-chi-gb:" + System.nanoTime();
        Sql.update(connection, INSERT, eventId);
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @Test
    void startsPending() throws SQLException {
        assertThat(Sql.text(connection, "SELECT resolution || ' ' || (resolved_at IS NULL) FROM events"
                + " WHERE event_id = ?", eventId)).isEqualTo("pending true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "void"})
    void acceptsResolutionOfPendingEvent(String resolution) throws SQLException {
        assertThat(Sql.update(connection, RESOLVE, resolution, RESOLVED_AT, eventId)).isEqualTo(1);

        assertThat(Sql.text(connection, "SELECT resolution FROM events WHERE event_id = ?", eventId))
                .isEqualTo(resolution);
    }

    @Test
    void rejectsYesChangedToNo() throws SQLException {
        Sql.update(connection, RESOLVE, "yes", RESOLVED_AT, eventId);
        String before = Sql.row(connection, "events", "event_id", eventId);

        ServerErrorMessage error = Sql.rejection(SqlStates.EVENT_ALREADY_RESOLVED, connection, RESOLVE, "no",
                RESOLVED_AT.plusHours(1), eventId);

        assertThat(error.getMessage())
                .isEqualTo("event " + eventId + " is already resolved as yes and cannot be resolved again as no");
        assertThat(Sql.row(connection, "events", "event_id", eventId)).isEqualTo(before);
    }

    @Test
    void rejectsYesBackToPending() throws SQLException {
        Sql.update(connection, RESOLVE, "yes", RESOLVED_AT, eventId);

        Sql.rejection(SqlStates.EVENT_ALREADY_RESOLVED, connection, RESOLVE, "pending", null, eventId);

        assertThat(Sql.text(connection, "SELECT resolution FROM events WHERE event_id = ?", eventId)).isEqualTo("yes");
    }

    @Test
    void rejectsNewResolutionTimeOfResolvedEvent() throws SQLException {
        Sql.update(connection, RESOLVE, "void", RESOLVED_AT, eventId);
        String before = Sql.row(connection, "events", "event_id", eventId);

        Sql.rejection(SqlStates.EVENT_ALREADY_RESOLVED, connection, RESOLVE, "void", RESOLVED_AT.plusDays(1), eventId);

        assertThat(Sql.row(connection, "events", "event_id", eventId)).isEqualTo(before);
    }

    @Test
    void acceptsSameResolutionWrittenAgain() throws SQLException {
        Sql.update(connection, RESOLVE, "no", RESOLVED_AT, eventId);

        assertThat(Sql.update(connection, RESOLVE, "no", RESOLVED_AT, eventId)).isEqualTo(1);
    }

    @Test
    void rejectsResolutionWithoutTime() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, RESOLVE, "yes", null, eventId);

        assertThat(error.getConstraint()).isEqualTo("events_resolved_at_check");
    }

    @Test
    void rejectsTimeWithoutResolution() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, RESOLVE, "pending",
                RESOLVED_AT, eventId);

        assertThat(error.getConstraint()).isEqualTo("events_resolved_at_check");
    }

    @Test
    void rejectsUnknownResolution() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, RESOLVE, "push", RESOLVED_AT,
                eventId);

        assertThat(error.getConstraint()).isEqualTo("events_resolution_check");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            event_id    | event_id = 'renamed'
            domain      | domain = 'nba'
            description | description = 'Green Bay at Chicago'
            starts_at   | starts_at = starts_at + interval '1 hour'
            created_at  | created_at = created_at - interval '1 day'
            """)
    void rejectsChangeOfImmutableColumn(String column, String assignment) throws SQLException {
        String before = Sql.row(connection, "events", "event_id", eventId);

        ServerErrorMessage error = Sql.rejection(SqlStates.IMMUTABLE_COLUMN, connection,
                "UPDATE events SET " + assignment + " WHERE event_id = ?", eventId);

        assertThat(error.getColumn()).isEqualTo(column);
        assertThat(Sql.row(connection, "events", "event_id", eventId)).isEqualTo(before);
    }

    @Test
    void rejectsDelete() throws SQLException {
        ServerErrorMessage error = Sql.rejection(SqlStates.APPEND_ONLY, connection,
                "DELETE FROM events WHERE event_id = ?", eventId);

        assertThat(error.getHint()).isEqualTo("an event that did not take place is resolved as void");
        assertThat(Sql.text(connection, "SELECT count(*) FROM events WHERE event_id = ?", eventId)).isEqualTo("1");
    }

    @Test
    void rejectsDuplicateEventId() {
        ServerErrorMessage error = Sql.rejection(SqlStates.UNIQUE_VIOLATION, connection, INSERT, eventId);

        assertThat(error.getConstraint()).isEqualTo(SchemaConstraints.EVENT_ID_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-leading-dash", "has space", "slash/inside", "ünicode"})
    void rejectsMalformedEventId(String malformed) {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, malformed);

        assertThat(error.getConstraint()).isEqualTo("events_event_id_check");
    }

    @Test
    void acceptsEventIdOfTwoHundredCharacters() throws SQLException {
        String longest = "E" + "x".repeat(199);

        Sql.update(connection, INSERT, longest);

        assertThat(Sql.text(connection, "SELECT char_length(event_id) FROM events WHERE event_id = ?", longest))
                .isEqualTo("200");
    }

    @Test
    void rejectsEventIdOfTwoHundredAndOneCharacters() {
        ServerErrorMessage error = Sql.rejection(SqlStates.CHECK_VIOLATION, connection, INSERT, "E" + "x".repeat(200));

        assertThat(error.getConstraint()).isEqualTo("events_event_id_check");
    }
}
