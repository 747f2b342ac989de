/** HTTP endpoints under {@code /api/v1}, each a thin translation to a use case of the model manager. */
package io.precog.models.adapters.rest.web;
