package com.salesmachine.contract.common;

/** {@code {deleted: true}}. */
public record DeletedResult(boolean deleted) {

  public static final DeletedResult DELETED = new DeletedResult(true);
}
