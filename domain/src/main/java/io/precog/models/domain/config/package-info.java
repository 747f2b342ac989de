/** Model configs: exact, immutable, JSON-like parameter trees with a canonical form and fingerprint. */
package io.precog.models.domain.config;
