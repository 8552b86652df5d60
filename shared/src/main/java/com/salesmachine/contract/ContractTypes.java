package com.salesmachine.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.salesmachine.contract.common.ErrorBody;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/** Every record and enum reachable from {@link Functions#ALL} and the error body, sorted by simple name. */
public final class ContractTypes {

  private ContractTypes() {
  }

  public static Set<Class<?>> reachable() {
    List<Type> roots = new ArrayList<>();
    roots.add(ErrorBody.class);
    for (FunctionSpec function : Functions.ALL) {
      if (function.input() != null) {
        roots.add(function.input());
      }
      roots.add(function.output());
    }
    return reachableFrom(roots);
  }

  /** Every record and enum reachable from some function's input: the types a client sends. */
  public static Set<Class<?>> reachableFromInputs() {
    return reachableFrom(Functions.ALL.stream().<Type>map(FunctionSpec::input).filter(Objects::nonNull).toList());
  }

  public static Set<Class<?>> reachableFrom(Collection<? extends Type> roots) {
    Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getSimpleName));
    Deque<Type> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.add(parameterized.getRawType());
        todo.addAll(List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof Class<?> cls && isContractType(cls) && addUnique(found, cls) && cls.isRecord()) {
        for (RecordComponent component : cls.getRecordComponents()) {
          todo.add(component.getGenericType());
          JsonSubTypes subTypes = ComponentAnnotations.find(component, JsonSubTypes.class);
          if (subTypes != null) {
            for (JsonSubTypes.Type subType : subTypes.value()) {
              todo.add(subType.value());
            }
          }
        }
      }
    }
    return found;
  }

  /** Simple names must be unique: TypeScript has one namespace for the generated types. */
  private static boolean addUnique(Set<Class<?>> found, Class<?> cls) {
    if (found.add(cls)) {
      return true;
    }
    if (found.stream().noneMatch(cls::equals)) {
      throw new IllegalStateException("two contract types are named " + cls.getSimpleName());
    }
    return false;
  }

  static boolean isContractType(Class<?> cls) {
    return cls.getPackageName().startsWith("com.salesmachine.contract") && (cls.isRecord() || cls.isEnum());
  }
}
