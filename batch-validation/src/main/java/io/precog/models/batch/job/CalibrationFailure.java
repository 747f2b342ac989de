package io.precog.models.batch.job;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;

/** The reason an execution of the job failed, in one line fit for a log or a terminal. */
final class CalibrationFailure {

    private CalibrationFailure() {
    }

    /** Joins the messages of the execution's failures and of their causes, the innermost last. */
    static String reason(JobExecution execution) {
        List<String> reasons = new ArrayList<>();
        for (Throwable failure : execution.getAllFailureExceptions()) {
            StringBuilder chain = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (chain.length() > 0) {
                    chain.append(": ");
                }
                chain.append(cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
            }
            reasons.add(chain.toString());
        }
        return reasons.isEmpty() ? "no failure recorded (status " + execution.getStatus() + ")"
                : String.join("; ", reasons);
    }
}
