package io.precog.models.application;

import io.precog.models.application.port.Events;
import io.precog.models.application.port.LoadModels;
import io.precog.models.application.port.ModelClasses;
import io.precog.models.application.port.Predictions;
import io.precog.models.application.port.RecordStatusChanges;
import io.precog.models.application.port.SaveModels;
import io.precog.models.application.port.ValidationRuns;
import java.util.Objects;

/** The outbound ports the {@link ModelManager} needs, usually all implemented by one storage adapter. */
public record ModelPorts(LoadModels loadModels, SaveModels saveModels, RecordStatusChanges statusChanges,
                         ModelClasses modelClasses, Events events, Predictions predictions,
                         ValidationRuns validationRuns) {

    public ModelPorts {
        Objects.requireNonNull(loadModels, "loadModels");
        Objects.requireNonNull(saveModels, "saveModels");
        Objects.requireNonNull(statusChanges, "statusChanges");
        Objects.requireNonNull(modelClasses, "modelClasses");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(predictions, "predictions");
        Objects.requireNonNull(validationRuns, "validationRuns");
    }
}
