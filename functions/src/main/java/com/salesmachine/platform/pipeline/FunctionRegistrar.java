package com.salesmachine.platform.pipeline;

import com.salesmachine.contract.Access;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.ApiSupplier;
import com.salesmachine.platform.FunctionDeclaration;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cloud.function.context.FunctionRegistration;
import org.springframework.cloud.function.context.FunctionRegistry;
import org.springframework.core.ResolvableType;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;

/**
 * Registers every {@link ApiFunction} and {@link ApiSupplier} bean with Spring Cloud Function, each wrapped in the
 * {@link FunctionPipeline}, and refuses to start when anything could be exposed without a declaration: a bean
 * missing from the catalogue, an access class nobody guards, a supplier that is not a public supplier of the
 * catalogue, or a raw {@code java.util.function} bean that would bypass the pipeline. Transports ask it what a
 * path names.
 */
public final class FunctionRegistrar implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FunctionRegistrar.class);
    /** Spring Cloud Function's own beans, which are not reachable as API operations here. */
    private static final Set<String> FRAMEWORK_FUNCTIONS = Set.of("functionRouter", "sourceFunctionRouter");

    static final Type MESSAGE_FUNCTION = ResolvableType.forClassWithGenerics(Function.class,
            ResolvableType.forClassWithGenerics(Message.class, byte[].class),
            ResolvableType.forClassWithGenerics(Mono.class,
                    ResolvableType.forClassWithGenerics(Message.class, byte[].class))).getType();
    static final Type MESSAGE_SUPPLIER = ResolvableType.forClassWithGenerics(Supplier.class,
            ResolvableType.forClassWithGenerics(Mono.class,
                    ResolvableType.forClassWithGenerics(Message.class, byte[].class))).getType();

    private final ListableBeanFactory beans;
    private final FunctionRegistry registry;
    private final FunctionPipeline pipeline;
    private final FunctionDeclarations declarations;
    private final Set<String> functions = new TreeSet<>();
    private final Set<String> suppliers = new TreeSet<>();

    FunctionRegistrar(ListableBeanFactory beans, FunctionRegistry registry, FunctionPipeline pipeline,
                      FunctionDeclarations declarations) {
        this.beans = beans;
        this.registry = registry;
        this.pipeline = pipeline;
        this.declarations = declarations;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void afterSingletonsInstantiated() {
        List<String> problems = new ArrayList<>();
        for (String name : beans.getBeanNamesForType(Function.class, false, false)) {
            if (!FRAMEWORK_FUNCTIONS.contains(name)) {
                problems.add("bean '" + name + "' is a raw java.util.function.Function; declare it as an ApiFunction");
            }
        }
        for (String name : beans.getBeanNamesForType(Supplier.class, false, false)) {
            problems.add("bean '" + name + "' is a raw java.util.function.Supplier; declare it as an ApiSupplier");
        }
        for (String name : beans.getBeanNamesForType(Consumer.class, false, false)) {
            problems.add("bean '" + name + "' is a raw java.util.function.Consumer; declare it as an ApiFunction");
        }
        Map<String, ApiFunction> functionBeans = beans.getBeansOfType(ApiFunction.class, false, false);
        functionBeans.forEach((name, function) -> {
            FunctionDeclaration declaration = declarations.find(name).orElse(null);
            if (declaration == null) {
                problems.add("function '" + name + "' has no declaration (name, access class, input type) in the catalogue");
            } else if (!pipeline.canGuard(declaration.access())) {
                problems.add("function '" + name + "' is " + declaration.access() + " but no access check guards that class");
            } else {
                Function<Message<byte[]>, Mono<Message<byte[]>>> wrapped = request -> pipeline.invoke(declaration, function);
                registry.register(new FunctionRegistration<>(wrapped, name).type(MESSAGE_FUNCTION));
                functions.add(name);
            }
        });
        Map<String, ApiSupplier> supplierBeans = beans.getBeansOfType(ApiSupplier.class, false, false);
        supplierBeans.forEach((name, supplier) -> {
            FunctionDeclaration declaration = declarations.find(name)
                    .filter(d -> d.access() == Access.PUBLIC && d.inputType() == Void.class).orElse(null);
            if (declaration == null) {
                problems.add("supplier '" + name + "' is not declared as a public supplier (no input) in the catalogue");
            } else {
                Supplier<Mono<Message<byte[]>>> wrapped = () -> pipeline.supply(declaration, supplier);
                registry.register(new FunctionRegistration<>(wrapped, name).type(MESSAGE_SUPPLIER));
                suppliers.add(name);
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start, functions would be exposed without a declaration:\n  - "
                    + String.join("\n  - ", problems));
        }
        log.info("Registered {} functions: {} and {} suppliers: {}", functions.size(), functions, suppliers.size(), suppliers);
    }

    /** Names reachable as {@code POST /{name}}. */
    public boolean isFunction(String name) {
        return functions.contains(name);
    }

    /** Names reachable as {@code GET /{name}} (and {@code HEAD}). */
    public boolean isSupplier(String name) {
        return suppliers.contains(name);
    }
}
