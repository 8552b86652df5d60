package com.salesmachine.platform;

import java.util.List;

/** The declared functions of the catalogue (functions.md). */
final class FunctionCatalogue {

    static final List<FunctionDeclaration> DECLARATIONS = List.of(
            new FunctionDeclaration("health", Access.PUBLIC, Void.class));

    private FunctionCatalogue() {
    }
}
