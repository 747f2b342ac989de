package io.precog.models.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ModelVersionPropertiesTest {

    record Components(int major, int minor, int patch, boolean patchWritten) {

        String text() {
            return "v" + major + "." + minor + (patchWritten ? "." + patch : "");
        }

        /** Orders by numbers, with an omitted patch counting as 0. */
        int compare(Components other) {
            int byMajor = Integer.compare(major, other.major);
            if (byMajor != 0) {
                return byMajor;
            }
            int byMinor = Integer.compare(minor, other.minor);
            return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
        }
    }

    @Property
    void textAndParsedValueRoundTrip(@ForAll("versions") Components version) {
        ModelVersion parsed = ModelVersion.parse(version.text());

        assertThat(parsed.toString()).isEqualTo(version.text());
        assertThat(ModelVersion.parse(parsed.toString())).isEqualTo(parsed);
        assertThat(ModelVersion.parse(parsed.canonical())).isEqualTo(parsed);
    }

    @Property
    void ordersLikeTheNumbers(@ForAll("versions") Components a, @ForAll("versions") Components b) {
        int expected = Integer.signum(a.compare(b));

        assertThat(Integer.signum(ModelVersion.parse(a.text()).compareTo(ModelVersion.parse(b.text()))))
                .isEqualTo(expected);
        assertThat(ModelVersion.parse(a.text()).equals(ModelVersion.parse(b.text()))).isEqualTo(expected == 0);
    }

    @Property
    void nextVersionIsGreater(@ForAll("versions") Components version, @ForAll VersionBump bump) {
        ModelVersion current = ModelVersion.parse(version.text());

        assertThat(current.next(bump)).isGreaterThan(current);
    }

    @Provide
    Arbitrary<Components> versions() {
        Arbitrary<Integer> component = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(0, 12)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 999_999_998)));
        return Combinators.combine(component, component, component, Arbitraries.of(true, false))
                .as((major, minor, patch, written) -> new Components(major, minor, written ? patch : 0, written));
    }
}
