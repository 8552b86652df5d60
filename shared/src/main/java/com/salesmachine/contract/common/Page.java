package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One page of a keyset-paged list.
 *
 * @param nextCursor opaque cursor for the next page, {@code null} on the last page
 */
public record Page<T>(@NotNull List<T> items, String nextCursor) {
}
