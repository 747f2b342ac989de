package io.precog.models.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.precog.models.domain.model.DomainName;
import io.precog.models.domain.model.ModelName;
import io.precog.models.domain.model.ModelStatus;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class CalibrationParametersPropertiesTest {

    @Property
    void jobParametersRoundTrip(
            @ForAll("instants") Instant asOf, @ForAll @LongRange(min = 0, max = 86_400_000) long windowLength,
            @ForAll("statusSets") Set<ModelStatus> statuses, @ForAll("identifiers") String domain,
            @ForAll("identifiers") String modelName, @ForAll @LongRange(min = 1) long progressInterval,
            @ForAll boolean withScope) {
        CalibrationParameters parameters = CalibrationParameters.asOf(asOf).withStatuses(statuses)
                .withProgressInterval(progressInterval);
        if (withScope) {
            parameters = parameters.withDomain(new DomainName(domain)).withModelName(new ModelName(modelName))
                    .withWindowStart(asOf.minusSeconds(windowLength));
        }

        assertThat(CalibrationParameters.from(parameters.toJobParameters())).isEqualTo(parameters);
    }

    @Property
    void progressIntervalNeverIdentifiesInstance(
            @ForAll("instants") Instant asOf, @ForAll("statusSets") Set<ModelStatus> statuses,
            @ForAll @LongRange(min = 1) long first, @ForAll @LongRange(min = 1) long second) {
        CalibrationParameters parameters = CalibrationParameters.asOf(asOf).withStatuses(statuses);

        assertThat(parameters.withProgressInterval(first).toJobParameters().getIdentifyingParameters())
                .isEqualTo(parameters.withProgressInterval(second).toJobParameters().getIdentifyingParameters());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 4_102_444_800_000L).map(Instant::ofEpochMilli);
    }

    @Provide
    Arbitrary<Set<ModelStatus>> statusSets() {
        return Arbitraries.of(ModelStatus.class).set().ofMinSize(1).ofMaxSize(ModelStatus.values().length);
    }

    @Provide
    Arbitrary<String> identifiers() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('-', '_', '.', '7').ofMinLength(0).ofMaxLength(20)
                .map(tail -> "m" + tail);
    }
}
