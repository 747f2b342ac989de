package io.precog.models.domain.violation.cycle.first;

import io.precog.models.domain.violation.cycle.second.SecondInCycle;

/** One half of a package cycle made on purpose. */
public class FirstInCycle {

    public SecondInCycle partner() {
        return new SecondInCycle();
    }
}
