package io.precog.models.batch.command;

import io.precog.models.batch.job.CalibrationParameters;
import java.util.List;

/** Hints that the calibrate command prints: the command that resumes a run, and why nothing was validated. */
final class CalibrationHints {

    private CalibrationHints() {
    }

    /** Returns the command line that starts the job instance of these parameters again. */
    static String resumeCommand(CalibrationParameters parameters, boolean recover) {
        StringBuilder command = new StringBuilder("./precog-calibrate --as-of=").append(parameters.asOf());
        if (!parameters.statuses().equals(CalibrationParameters.DEFAULT_STATUSES)) {
            command.append(" --statuses=").append(parameters.statusList());
        }
        if (parameters.domain() != null) {
            command.append(" --domain=").append(parameters.domain());
        }
        if (parameters.modelName() != null) {
            command.append(" --model=").append(parameters.modelName());
        }
        if (parameters.windowStart() != null) {
            command.append(" --window-start=").append(parameters.windowStart());
        }
        return recover ? command.append(" --recover").toString() : command.toString();
    }

    /** Says that the scope is empty, naming its model name, domain and statuses. */
    static String noModelInScope(CalibrationParameters parameters) {
        StringBuilder text = new StringBuilder("No model version");
        if (parameters.modelName() != null) {
            text.append(" named ").append(parameters.modelName());
        }
        text.append(parameters.domain() == null ? ", in any domain," : ", in domain " + parameters.domain() + ",");
        List<String> statuses = List.of(parameters.statusList().split(","));
        String last = statuses.get(statuses.size() - 1);
        text.append(" is in status ");
        if (statuses.size() > 1) {
            text.append(String.join(", ", statuses.subList(0, statuses.size() - 1))).append(" or ");
        }
        return text.append(last).append(": nothing was validated. Check the name and the domain, or add statuses"
                + " with --statuses=LIST.").toString();
    }
}
