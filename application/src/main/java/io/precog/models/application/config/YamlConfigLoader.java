package io.precog.models.application.config;

import io.precog.models.domain.config.ModelConfig;
import io.precog.models.domain.error.InvalidConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a model config from a YAML document whose root is a mapping. Every number is read exactly, as an
 * integer ({@code Integer}, {@code Long} or {@code BigInteger}) or a {@code BigDecimal} keeping its scale,
 * whether written as a plain scalar ({@code 32.0}) or as a quoted string ({@code "32.0"}).
 */
public final class YamlConfigLoader {

    /** Largest YAML file read, in bytes; the config itself is limited further by {@link ModelConfig}. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    private static final int MAX_ALIASES = 50;

    /**
     * Reads the config in {@code file}.
     *
     * @throws InvalidConfigException when the file is missing, too large, not YAML, or breaks a config rule
     */
    public ModelConfig load(Path file) {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidConfigException("", "file " + file + " has " + size + " bytes; the maximum is "
                        + MAX_FILE_BYTES);
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidConfigException("", "file " + file + " does not exist; check the path");
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read config file " + file, e);
        }
    }

    /**
     * Reads the config in {@code yaml}.
     *
     * @param source name of the document for error messages, such as its file name
     */
    public ModelConfig parse(String yaml, String source) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new ExactNumberSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_FILE_BYTES)
                .setDefaultMap(LinkedHashMap::new)
                .build();
        Object document;
        try {
            document = new Load(settings).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new InvalidConfigException("", "cannot read " + source + " as YAML: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new InvalidConfigException("", source + " must hold a mapping of keys to values, such as"
                    + " 'k_factor: 32.0', not " + (document == null ? "nothing" : "a single value or list"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) stringKeys(root, source);
        return ModelConfig.of(values);
    }

    /** Copies mappings with text keys; a number key such as {@code 2020} becomes its text. */
    private static Object stringKeys(Object value, String source) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(keyText(entry.getKey(), source), stringKeys(entry.getValue(), source));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(stringKeys(element, source));
            }
            return copy;
        }
        return value;
    }

    private static String keyText(Object key, String source) {
        if (key instanceof String text) {
            return text;
        }
        if (key instanceof Number number) {
            return number.toString();
        }
        throw new InvalidConfigException("", source + " has the key " + key
                + ", which is not text; quote it, such as \"" + key + "\"");
    }
}
