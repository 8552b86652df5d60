package com.salesmachine.contract.common;

/** {@code {ok: true}}. */
public record OkResult(boolean ok) {

  public static final OkResult OK = new OkResult(true);
}
