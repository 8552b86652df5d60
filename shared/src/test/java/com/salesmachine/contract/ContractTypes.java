package com.salesmachine.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.salesmachine.contract.common.ErrorBody;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;

/** Every record and enum reachable from {@link Functions#ALL} and the error body, sorted by simple name. */
public final class ContractTypes {

  private ContractTypes() {
  }

  public static Set<Class<?>> reachable() {
    Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getSimpleName));
    Deque<Type> todo = new ArrayDeque<>();
    todo.add(ErrorBody.class);
    for (FunctionSpec function : Functions.ALL) {
      if (function.input() != null) {
        todo.add(function.input());
      }
      todo.add(function.output());
    }
    while (!todo.isEmpty()) {
      Type type = todo.pop();
      if (type instanceof ParameterizedType parameterized) {
        todo.add(parameterized.getRawType());
        todo.addAll(java.util.List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof Class<?> cls && isContractType(cls) && found.add(cls) && cls.isRecord()) {
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

  static boolean isContractType(Class<?> cls) {
    return cls.getPackageName().startsWith("com.salesmachine.contract") && (cls.isRecord() || cls.isEnum());
  }
}
