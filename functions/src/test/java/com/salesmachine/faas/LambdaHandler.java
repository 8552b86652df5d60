package com.salesmachine.faas;

import com.salesmachine.support.TestInfrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.cloud.function.adapter.aws.FunctionInvoker;

/**
 * The Lambda deployment, in process: the AWS adapter's own {@link FunctionInvoker} (the handler named in
 * template.yaml), started once per JVM against the shared local stack, so a Lambda instance and the HTTP
 * deployment of {@code ApplicationTest} share one PostgreSQL and one Upstash.
 */
final class LambdaHandler {

    private static FunctionInvoker invoker;

    private LambdaHandler() {
    }

    static synchronized FunctionInvoker shared() {
        if (invoker == null) {
            invoker = start();
        }
        return invoker;
    }

    /**
     * The handler reads its settings like a Lambda would from its environment; here they are system
     * properties (which beat application.yaml), set only while the handler starts.
     */
    static FunctionInvoker start() {
        Map<String, String> settings = new LinkedHashMap<>();
        TestInfrastructure.register((name, value) -> settings.put(name, String.valueOf(value.get())));
        settings.put("SM_ENV", "local");
        settings.put("spring.profiles.active", "local");
        settings.put("MAIN_CLASS", "com.salesmachine.SalesMachineApplication");
        settings.put("spring.cloud.function.definition", HttpApiTransport.FUNCTION_NAME);
        Map<String, String> previous = new LinkedHashMap<>();
        settings.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        try {
            return new FunctionInvoker();
        } finally {
            previous.forEach((name, value) -> {
                if (value == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, value);
                }
            });
        }
    }

    static LambdaResponse invoke(LambdaEvent event) {
        return invoke(shared(), event);
    }

    static LambdaResponse invoke(FunctionInvoker handler, LambdaEvent event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(event.bytes()), out, new TestLambdaContext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return LambdaResponse.parse(out.toByteArray());
    }
}
