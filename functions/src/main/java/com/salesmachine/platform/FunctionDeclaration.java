package com.salesmachine.platform;

import com.salesmachine.contract.Access;

/** A catalogue entry: the function's name, who may call it, and the type its JSON body binds to. */
public record FunctionDeclaration(String name, Access access, Class<?> inputType) {
}
