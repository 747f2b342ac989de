package io.precog.models.batch.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.batch.job.CalibrationParameters;
import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CalibrationHintsTest {

    static final CalibrationParameters AS_OF = CalibrationParameters.asOf(Instant.parse("2021-03-01T00:00:00Z"));

    @Test
    void namesModelStatusesAndAnyDomainOfEmptyScope() {
        assertThat(CalibrationHints.noModelInScope(AS_OF.withModelName(new ModelName("does-not-exist"))))
                .isEqualTo("No model version named does-not-exist, in any domain, is in status testing or active:"
                        + " nothing was validated. Check the name and the domain, or add statuses with"
                        + " --statuses=LIST.");
    }

    @Test
    void namesDomainAndSingleStatusOfEmptyScope() {
        assertThat(CalibrationHints.noModelInScope(AS_OF.withDomain(new DomainName("nba"))
                .withStatuses(EnumSet.of(ModelStatus.DRAFT))))
                .startsWith("No model version, in domain nba, is in status draft: nothing was validated.");
    }

    @Test
    void listsThreeStatusesInLifecycleOrder() {
        assertThat(CalibrationHints.noModelInScope(AS_OF.withStatuses(
                EnumSet.of(ModelStatus.ACTIVE, ModelStatus.DRAFT, ModelStatus.TESTING))))
                .startsWith("No model version, in any domain, is in status draft, testing or active:");
    }

    @Test
    void resumesWithAsOfAndRecover() {
        assertThat(CalibrationHints.resumeCommand(AS_OF, true))
                .isEqualTo("./precog-calibrate --as-of=2021-03-01T00:00:00Z --recover");
    }

    @Test
    void resumesWithEveryIdentifyingOption() {
        CalibrationParameters scoped = AS_OF.withStatuses(EnumSet.of(ModelStatus.ACTIVE))
                .withDomain(new DomainName("nfl")).withModelName(new ModelName("elo"))
                .withWindowStart(Instant.parse("2020-09-01T00:00:00Z")).withProgressInterval(10);
        assertThat(CalibrationHints.resumeCommand(scoped, false))
                .isEqualTo("./precog-calibrate --as-of=2021-03-01T00:00:00Z --statuses=active --domain=nfl"
                        + " --model=elo --window-start=2020-09-01T00:00:00Z");
    }
}
