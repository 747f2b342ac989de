package io.precog.models.adapters.postgres.store;

import io.precog.models.domain.config.ModelConfig;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON as PostgreSQL returns it from {@code jsonb} columns, read without ever going through
 * {@code double}: every number with a fraction or an exponent becomes a {@link java.math.BigDecimal}
 * with the scale written in the text ({@code 32.0} stays {@code 32.0}), every other number a
 * {@link java.math.BigInteger}.
 */
final class ExactJson {

    /**
     * Maximum length of a number, in characters. PostgreSQL prints a decimal such as {@code 1E-1000}
     * in plain notation, so a number read back can be up to a thousand digits longer than the one
     * written, which itself fits in a config's serialized size.
     */
    private static final int MAX_NUMBER_LENGTH = 2 * ModelConfig.MAX_SERIALIZED_BYTES;

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(MAX_NUMBER_LENGTH).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> ARRAY_OF_OBJECTS = new TypeReference<>() {
    };

    private ExactJson() {
    }

    /** Reads a JSON object into maps, lists, strings, booleans and exact numbers; JSON null stays null. */
    static Map<String, Object> readObject(String json) {
        return MAPPER.readValue(json, OBJECT);
    }

    /** Reads a JSON array of objects, as {@link #readObject} reads each of them. */
    static List<Map<String, Object>> readArrayOfObjects(String json) {
        return MAPPER.readValue(json, ARRAY_OF_OBJECTS);
    }

    /** Writes maps, lists, strings, booleans and numbers as JSON; a BigDecimal keeps its digits and scale. */
    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
