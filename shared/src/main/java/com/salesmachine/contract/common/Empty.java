package com.salesmachine.contract.common;

/** The input of a function that takes no fields: the JSON body {@code {}}. */
public record Empty() {
}
