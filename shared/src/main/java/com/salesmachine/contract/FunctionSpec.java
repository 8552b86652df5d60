package com.salesmachine.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Objects;

/**
 * One function of the catalogue.
 *
 * @param name the exact catalogue name, also the HTTP path ({@code POST /name})
 * @param access who may call it
 * @param input the record the JSON body binds to; {@code null} only for the GET supplier {@code health}
 * @param output the answer's type; a {@link ParameterizedType} for {@code Page<T>} and {@code ItemsResult<T>}
 */
public record FunctionSpec(String name, Access access, Class<?> input, Type output) {

  public FunctionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(output, "output");
  }

  /** True for {@code GET /health}, the only supplier. */
  public boolean isSupplier() {
    return input == null;
  }

  /** The output's raw class ({@code Page} for {@code Page<ProspectSummary>}). */
  public Class<?> outputClass() {
    return output instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) output;
  }
}
