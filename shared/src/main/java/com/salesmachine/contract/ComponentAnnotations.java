package com.salesmachine.contract;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;

/**
 * Reads an annotation written on a record component. Jackson and Jakarta annotations do not target
 * RECORD_COMPONENT, so javac propagates them to the field, the accessor or the constructor parameter instead.
 */
public final class ComponentAnnotations {

  private ComponentAnnotations() {
  }

  public static <A extends Annotation> A find(RecordComponent component, Class<A> type) {
    A onComponent = component.getAnnotation(type);
    if (onComponent != null) {
      return onComponent;
    }
    A onAccessor = component.getAccessor().getAnnotation(type);
    if (onAccessor != null) {
      return onAccessor;
    }
    try {
      return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(type);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
