/** Bearer-token security: permissions as OAuth2 scopes, the local signing key and the token command. */
package io.precog.models.adapters.rest.security;
