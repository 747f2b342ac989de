package io.precog.models.adapters.rest.web;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Absolute URLs of created resources, for the {@code Location} header of a 201 response. */
final class Locations {

    private Locations() {
    }

    static URI of(String pathTemplate, Object... variables) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(pathTemplate).buildAndExpand(variables)
                .toUri();
    }
}
