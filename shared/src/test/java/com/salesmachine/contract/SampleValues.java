package com.salesmachine.contract;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds an instance of any contract type with every field set (no nulls), for round-trip tests. */
final class SampleValues {

  static final UUID ID = UUID.fromString("0b6f1f1e-8d4c-4c53-9a43-5f0b7d3f2a11");
  static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

  private SampleValues() {
  }

  static Object of(Type type) {
    return of(type, Map.of());
  }

  private static Object of(Type type, Map<String, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      return of(bindings.get(variable.getName()), bindings);
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        return List.of(of(arguments[0], bindings));
      }
      if (raw == Map.class) {
        return Map.of("employees", "51-200");
      }
      Map<String, Type> inner = new java.util.HashMap<>();
      TypeVariable<?>[] parameters = raw.getTypeParameters();
      for (int i = 0; i < parameters.length; i++) {
        inner.put(parameters[i].getName(), arguments[i] instanceof TypeVariable<?> v ? bindings.get(v.getName()) : arguments[i]);
      }
      return record(raw, inner);
    }
    Class<?> cls = (Class<?>) type;
    if (cls == String.class) {
      return "text";
    }
    if (cls == UUID.class) {
      return ID;
    }
    if (cls == Instant.class) {
      return AT;
    }
    if (cls == Integer.class || cls == int.class) {
      return 7;
    }
    if (cls == Boolean.class || cls == boolean.class) {
      return true;
    }
    if (cls == Double.class || cls == double.class) {
      return 0.25;
    }
    if (cls.isEnum()) {
      Object[] constants = cls.getEnumConstants();
      return constants[constants.length - 1];
    }
    if (cls.isRecord()) {
      return record(cls, bindings);
    }
    throw new IllegalArgumentException("no sample for " + type);
  }

  private static Object record(Class<?> cls, Map<String, Type> bindings) {
    RecordComponent[] components = cls.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] = valueFor(cls, components[i], values, bindings);
    }
    try {
      var constructor = cls.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(cls.getName(), e);
    }
  }

  private static Object valueFor(Class<?> owner, RecordComponent component, Object[] earlier, Map<String, Type> bindings) {
    JsonSubTypes subTypes = ComponentAnnotations.find(component, JsonSubTypes.class);
    if (subTypes != null) {
      // the polymorphic data must match the type id held by the component before it (step -> data)
      String typeId = String.valueOf(earlier[0]).toLowerCase();
      for (JsonSubTypes.Type subType : subTypes.value()) {
        if (subType.name().equals(typeId)) {
          return of(subType.value(), bindings);
        }
      }
      throw new IllegalStateException("no subtype " + typeId + " in " + owner);
    }
    return of(component.getGenericType(), bindings);
  }
}
