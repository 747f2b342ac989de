package io.precog.models.domain.violation.cycle.second;

import io.precog.models.domain.violation.cycle.first.FirstInCycle;

/** The other half of a package cycle made on purpose. */
public class SecondInCycle {

    public FirstInCycle partner() {
        return new FirstInCycle();
    }
}
