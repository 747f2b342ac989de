package io.precog.models.application.violation;

import io.precog.models.adapters.postgres.database.DatabaseSettings;

/** Breaks the application rule on purpose: a use case that knows its storage adapter. */
public class UseCaseUsingPostgres {

    public String describe(DatabaseSettings settings) {
        return settings.toString();
    }
}
