package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.error.DomainException;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * Runs work in one database transaction of its own: committed when the work returns, rolled back
 * when it throws. A domain exception passes unchanged; any other failure is handed to the caller's
 * translation, which either maps it to a domain exception or lets it become a {@link StoreException}.
 */
final class Transactions {

    private final SqlSessionFactory sessions;

    Transactions(SqlSessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Runs read-only work; {@code operation} names it in error messages, such as "read model 7". */
    <T> T read(String operation, Function<SqlSession, T> work) {
        return write(operation, work, ErrorTranslation.NONE);
    }

    /** Runs work that writes, translating a rejected statement with {@code translation}. */
    <T> T write(String operation, Function<SqlSession, T> work, ErrorTranslation translation) {
        RuntimeException failure;
        try (SqlSession session = sessions.openSession(false)) {
            try {
                T result = work.apply(session);
                session.commit(true);
                return result;
            } catch (RuntimeException e) {
                rollBack(session, e);
                failure = e;
            }
        }
        if (failure instanceof DomainException || failure instanceof StoreException) {
            throw failure;
        }
        DatabaseError.of(failure).ifPresent(translation::translate);
        throw new StoreException(operation, failure);
    }

    private static void rollBack(SqlSession session, RuntimeException failure) {
        try {
            session.rollback(true);
        } catch (RuntimeException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
