package io.precog.models.adapters.rest.json;

import io.precog.models.application.port.Page;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param page       zero-based page number
 * @param totalItems number of items on all pages
 */
public record PageBody<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <S, T> PageBody<T> of(Page<S> page, Function<S, T> mapping) {
        return new PageBody<>(page.items().stream().map(mapping).toList(), page.page(), page.size(),
                page.totalItems(), page.totalPages());
    }
}
