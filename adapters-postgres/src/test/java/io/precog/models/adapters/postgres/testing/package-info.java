/** Test support shared by every module's database tests: one PostgreSQL server per JVM, a fresh database per test class. */
package io.precog.models.adapters.postgres.testing;
