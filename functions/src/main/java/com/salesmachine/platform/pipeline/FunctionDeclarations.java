package com.salesmachine.platform.pipeline;

import com.salesmachine.platform.FunctionDeclaration;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The catalogue the platform enforces: every exposed function must be declared here exactly once. */
public final class FunctionDeclarations {

    private final Map<String, FunctionDeclaration> byName;

    public FunctionDeclarations(Collection<FunctionDeclaration> declarations) {
        this.byName = declarations.stream().collect(Collectors.toUnmodifiableMap(
                FunctionDeclaration::name, Function.identity()));
    }

    public Optional<FunctionDeclaration> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<FunctionDeclaration> all() {
        return byName.values();
    }
}
