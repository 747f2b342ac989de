/** Importers of published forecasts with their outcomes, starting with FiveThirtyEight's NFL Elo forecasts. */
package io.precog.models.batch.importer;
