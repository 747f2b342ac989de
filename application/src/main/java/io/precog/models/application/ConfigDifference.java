package io.precog.models.application;

/**
 * One key path whose value differs between two configs.
 *
 * @param keyPath path such as {@code models[1].weight}
 * @param valueA  value in the first config, null when the key is absent there
 * @param valueB  value in the second config, null when the key is absent there
 */
public record ConfigDifference(String keyPath, Object valueA, Object valueB) {
}
