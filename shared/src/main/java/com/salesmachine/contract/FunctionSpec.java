package com.salesmachine.contract;

import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.common.ItemsResult;
import com.salesmachine.contract.common.Page;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One function of the catalogue.
 *
 * @param name the exact catalogue name, also the HTTP path ({@code POST /name}, {@code GET /name} for a supplier)
 * @param access who may call it
 * @param input the record the JSON body binds to; {@code null} for a GET supplier ({@code health}, {@code openapi.json})
 * @param output the answer's type; a {@link ParameterizedType} for {@code Page<T>} and {@code ItemsResult<T>}
 * @param errors the error codes this function answers beyond the ones every function of its access class can
 *     answer ({@link Access#errors()}); the OpenAPI document lists both
 * @param budget what a user function's calls count against ({@link CallBudget#CALLS} unless declared otherwise with
 *     {@link #countedAgainst}); the session guard reads it here, so no list of names elsewhere decides it
 */
public record FunctionSpec(String name, Access access, Class<?> input, Type output, Set<ErrorCode> errors,
                           CallBudget budget) {

  public FunctionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(budget, "budget");
    errors = errors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(errors));
  }

  /** A {@code POST /name} function taking {@code input} and answering {@code output}, or one of {@code errors}. */
  public static FunctionSpec post(String name, Access access, Class<?> input, Type output, ErrorCode... errors) {
    return new FunctionSpec(name, access, Objects.requireNonNull(input, "input"), output, Set.of(errors),
        CallBudget.CALLS);
  }

  /** A public {@code GET /name} supplier (no body). */
  public static FunctionSpec get(String name, Type output) {
    return new FunctionSpec(name, Access.PUBLIC, null, output, Set.of(), CallBudget.CALLS);
  }

  /** This function with its calls counted against {@code budget} instead (a user function: the budgets are a session's). */
  public FunctionSpec countedAgainst(CallBudget budget) {
    if (access != Access.USER) {
      throw new IllegalArgumentException(name + ": only a user function counts against a session's budget");
    }
    return new FunctionSpec(name, access, input, output, errors, budget);
  }

  /** {@code Page<T>} as a reflective type. */
  public static Type pageOf(Class<?> item) {
    return GenericType.of(Page.class, item);
  }

  /** {@code ItemsResult<T>} as a reflective type. */
  public static Type itemsOf(Class<?> item) {
    return GenericType.of(ItemsResult.class, item);
  }

  /** True for the GET suppliers ({@code health}, {@code openapi.json}). */
  public boolean isSupplier() {
    return input == null;
  }

  /** The output's raw class ({@code Page} for {@code Page<ProspectSummary>}). */
  public Class<?> outputClass() {
    return output instanceof ParameterizedType parameterized
        ? (Class<?>) parameterized.getRawType()
        : (Class<?>) output;
  }

  /** Every error code the function can answer: its access class's ones, then its own, in {@link ErrorCode} order. */
  public List<ErrorCode> allErrors() {
    Set<ErrorCode> all = EnumSet.noneOf(ErrorCode.class);
    if (!isSupplier()) {
      all.addAll(access.errors());
    }
    all.addAll(errors);
    return List.copyOf(all);
  }
}
