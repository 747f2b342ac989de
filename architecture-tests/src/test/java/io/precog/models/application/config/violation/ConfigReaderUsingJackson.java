package io.precog.models.application.config.violation;

import tools.jackson.databind.ObjectMapper;

/** Breaks the config-reader rule on purpose: a config reader that uses a JSON library. */
public class ConfigReaderUsingJackson {

    public Object read(String json) {
        return new ObjectMapper().readTree(json);
    }
}
