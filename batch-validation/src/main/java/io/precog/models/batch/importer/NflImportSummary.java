package io.precog.models.batch.importer;

import io.precog.models.domain.model.ProbabilityModel;

/**
 * What an import of the NFL forecasts did.
 *
 * @param model              the model version the predictions belong to, as it is after the import
 * @param games              games in the file
 * @param ties               games in the file that ended in a tie, stored as void
 * @param eventsStored       events this import stored; 0 when all were there already
 * @param predictionsStored  predictions this import stored; 0 when all were there already
 */
public record NflImportSummary(ProbabilityModel model, int games, int ties, int eventsStored,
                               int predictionsStored) {
}
