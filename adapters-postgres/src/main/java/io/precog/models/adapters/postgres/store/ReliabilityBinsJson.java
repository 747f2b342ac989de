package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.calibration.ReliabilityBin;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reliability bins of a report as the JSON array of {@code validation_runs.bins}: one object per
 * bin with snake_case keys, every decimal a JSON number with all its digits.
 */
final class ReliabilityBinsJson {

    private static final String INDEX = "index";
    private static final String LOWER_BOUND = "lower_bound";
    private static final String UPPER_BOUND = "upper_bound";
    private static final String COUNT = "count";
    private static final String MEAN_PROBABILITY = "mean_probability";
    private static final String OBSERVED_FREQUENCY = "observed_frequency";
    private static final String WILSON_LOWER = "wilson_lower";
    private static final String WILSON_UPPER = "wilson_upper";

    private ReliabilityBinsJson() {
    }

    static String write(List<ReliabilityBin> bins) {
        return ExactJson.write(bins.stream().map(ReliabilityBinsJson::toObject).toList());
    }

    static List<ReliabilityBin> read(String json) {
        return ExactJson.readArrayOfObjects(json).stream().map(ReliabilityBinsJson::toBin).toList();
    }

    private static Map<String, Object> toObject(ReliabilityBin bin) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(INDEX, bin.index());
        object.put(LOWER_BOUND, bin.lowerBound());
        object.put(UPPER_BOUND, bin.upperBound());
        object.put(COUNT, bin.count());
        object.put(MEAN_PROBABILITY, bin.meanProbability());
        object.put(OBSERVED_FREQUENCY, bin.observedFrequency());
        object.put(WILSON_LOWER, bin.wilsonLower());
        object.put(WILSON_UPPER, bin.wilsonUpper());
        return object;
    }

    private static ReliabilityBin toBin(Map<String, Object> object) {
        return new ReliabilityBin(integer(object, INDEX).intValueExact(), decimal(object, LOWER_BOUND),
                decimal(object, UPPER_BOUND), integer(object, COUNT).longValueExact(),
                decimal(object, MEAN_PROBABILITY), decimal(object, OBSERVED_FREQUENCY), decimal(object, WILSON_LOWER),
                decimal(object, WILSON_UPPER));
    }

    private static BigInteger integer(Map<String, Object> object, String key) {
        if (object.get(key) instanceof BigInteger value) {
            return value;
        }
        throw malformed(key, object);
    }

    /** Reads a decimal; one written without a fraction, such as {@code 1}, arrives as an integer and gets scale 0. */
    private static BigDecimal decimal(Map<String, Object> object, String key) {
        Object value = object.get(key);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        throw malformed(key, object);
    }

    private static IllegalStateException malformed(String key, Map<String, Object> object) {
        return new IllegalStateException("stored reliability bin has no number at '" + key + "': " + object);
    }
}
