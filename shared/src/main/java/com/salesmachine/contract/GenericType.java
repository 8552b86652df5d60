package com.salesmachine.contract;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A minimal {@link ParameterizedType} such as {@code Page<ProspectSummary>}, equal to the JDK's own instances. */
record GenericType(Class<?> raw, Type[] arguments) implements ParameterizedType {

  static GenericType of(Class<?> raw, Type... arguments) {
    if (raw.getTypeParameters().length != arguments.length) {
      throw new IllegalArgumentException(raw + " takes " + raw.getTypeParameters().length + " type arguments");
    }
    return new GenericType(raw, arguments.clone());
  }

  @Override
  public Type[] getActualTypeArguments() {
    return arguments.clone();
  }

  @Override
  public Type getRawType() {
    return raw;
  }

  @Override
  public Type getOwnerType() {
    return raw.getDeclaringClass();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ParameterizedType that
        && raw.equals(that.getRawType())
        && Arrays.equals(arguments, that.getActualTypeArguments())
        && java.util.Objects.equals(getOwnerType(), that.getOwnerType());
  }

  @Override
  public int hashCode() {
    // same formula as the JDK's ParameterizedTypeImpl, so the two can share hash-based collections
    return Arrays.hashCode(arguments) ^ java.util.Objects.hashCode(getOwnerType()) ^ raw.hashCode();
  }

  @Override
  public String toString() {
    return raw.getName() + Arrays.stream(arguments).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
  }
}
