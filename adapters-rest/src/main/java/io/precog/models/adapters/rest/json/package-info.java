/** JSON bodies of requests and responses, in snake_case, and the JSON mapper settings that keep numbers exact. */
package io.precog.models.adapters.rest.json;
