package com.salesmachine.faas;

import com.salesmachine.platform.config.RequiredConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** template.yaml is well-formed and deploys what the Lambda tests run: handler, routing, settings, SnapStart. */
class SamTemplateTest {

    private static final Path TEMPLATE = Path.of("..", "template.yaml");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String... path) {
        Object current = value;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return (Map<String, Object>) current;
    }

    private static Map<String, Object> template() throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(TEMPLATE));
    }

    @Test
    void theTemplateIsPlainYamlForTheServerlessTransform() throws IOException {
        Map<String, Object> template = template();

        assertThat(template).containsEntry("AWSTemplateFormatVersion", "2010-09-09")
                .containsEntry("Transform", "AWS::Serverless-2016-10-31");
        assertThat(map(template, "Resources", "FunctionsApi")).containsEntry("Type", "AWS::Serverless::HttpApi");
    }

    @Test
    void theFunctionIsTheAdaptersHandlerOnJava21WithSnapStartOnPublishedVersions() throws Exception {
        Map<String, Object> function = map(template(), "Resources", "Functions", "Properties");

        assertThat(function).containsEntry("Runtime", "java21")
                .containsEntry("Handler", "org.springframework.cloud.function.adapter.aws.FunctionInvoker::handleRequest")
                .containsEntry("AutoPublishAlias", "live")
                .containsEntry("Timeout", 30)
                .containsEntry("CodeUri", "functions/target/sales-machine-functions-aws.zip");
        assertThat(map(function, "SnapStart")).containsEntry("ApplyOn", "PublishedVersions");
        assertThat(Class.forName("org.springframework.cloud.function.adapter.aws.FunctionInvoker")).isNotNull();
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>sales-machine-functions-aws</finalName>");
    }

    @Test
    void everyPathGoesToTheFunctionWhoseTransportPicksTheFunctionByName() throws Exception {
        Map<String, Object> function = map(template(), "Resources", "Functions", "Properties");
        Map<String, Object> event = map(function, "Events", "AnyFunction");
        Map<String, Object> variables = map(function, "Environment", "Variables");

        assertThat(event).containsEntry("Type", "HttpApi");
        assertThat(map(event, "Properties")).containsEntry("Path", "/{proxy+}").containsEntry("Method", "ANY")
                .containsEntry("PayloadFormatVersion", "2.0").containsEntry("ApiId", Map.of("Ref", "FunctionsApi"));
        assertThat(variables).containsEntry("SPRING_CLOUD_FUNCTION_DEFINITION", HttpApiTransport.FUNCTION_NAME)
                .containsEntry("MAIN_CLASS", "com.salesmachine.SalesMachineApplication");
        assertThat(Class.forName((String) variables.get("MAIN_CLASS"))).isNotNull();
    }

    @Test
    void everySettingOfPlatformMdIsAParameterPassedAsItsEnvironmentVariable() throws IOException {
        Map<String, Object> template = template();
        Map<String, Object> parameters = map(template, "Parameters");
        Map<String, Object> variables = map(template, "Resources", "Functions", "Properties", "Environment", "Variables");

        Map<String, String> expected = Map.of("SM_ENV", "SmEnv", "DATABASE_URL", "DatabaseUrl",
                "UPSTASH_REDIS_REST_URL", "UpstashRedisRestUrl", "UPSTASH_REDIS_REST_TOKEN", "UpstashRedisRestToken",
                "SM_ALLOWED_ORIGINS", "SmAllowedOrigins", "SM_WEBHOOK_SECRET", "SmWebhookSecret");
        assertThat(expected.keySet()).containsExactlyInAnyOrderElementsOf(RequiredConfiguration.VARIABLES);
        expected.forEach((variable, parameter) -> {
            assertThat(variables).containsEntry(variable, Map.of("Ref", parameter));
            assertThat(parameters).containsKey(parameter);
        });
        for (String secret : List.of("DatabaseUrl", "UpstashRedisRestToken", "SmWebhookSecret")) {
            assertThat(map(parameters, secret)).containsEntry("NoEcho", true);
        }
    }

    @Test
    void cfnLintFindsNothingWhenItIsInstalled() throws Exception {
        Process process;
        try {
            process = new ProcessBuilder("cfn-lint", TEMPLATE.toString()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            assumeTrue(false, "cfn-lint is not installed");
            return;
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(output).isZero();
    }
}
