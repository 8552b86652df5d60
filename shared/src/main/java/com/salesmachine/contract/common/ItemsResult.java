package com.salesmachine.contract.common;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/** An unpaged list answer: {@code {items: [...]}}. */
public record ItemsResult<T>(@NotNull List<T> items) {
}
