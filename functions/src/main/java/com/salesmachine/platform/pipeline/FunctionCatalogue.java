package com.salesmachine.platform.pipeline;

import java.util.List;

import com.salesmachine.platform.FunctionDeclaration;

import com.salesmachine.contract.Functions;

/** The declared functions: the contract module's catalogue (functions.md), as the platform enforces it. */
final class FunctionCatalogue {

    static final List<FunctionDeclaration> DECLARATIONS = Functions.ALL.stream()
            .map(spec -> new FunctionDeclaration(spec.name(), spec.access(),
                    spec.isSupplier() ? Void.class : spec.input(), spec.budget()))
            .toList();

    private FunctionCatalogue() {
    }
}
