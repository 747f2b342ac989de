package io.precog.models.domain.violation;

import tools.jackson.databind.ObjectMapper;

/** Breaks the domain rule on purpose: a domain class that imports Jackson. */
public class DomainClassUsingJackson {

    public String write(Object value) {
        return new ObjectMapper().writeValueAsString(value);
    }
}
