package com.salesmachine.contract.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.CallBudget;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.contract.Functions;
import com.salesmachine.contract.common.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiGeneratorTest {

  private static final String VERSION = "0.0.0-test";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String TEXT = new OpenApiGenerator(VERSION).generate();
  private static final JsonNode DOC = MAPPER.readTree(TEXT);

  private final JsonNode doc = DOC;

  @Test
  void isAnOpenApi31DocumentAndTheSameEveryTime() {
    assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
    assertThat(doc.at("/info/version").asString()).isEqualTo(VERSION);
    assertThat(new OpenApiGenerator(VERSION).generate()).isEqualTo(TEXT);
  }

  @Test
  void everyFunctionIsOneOperationNamedAfterIt() {
    List<String> paths = new ArrayList<>(doc.get("paths").propertyNames());

    assertThat(paths).containsExactlyElementsOf(Functions.ALL.stream().map(f -> "/" + f.name()).toList());
    for (FunctionSpec function : Functions.ALL) {
      JsonNode item = doc.get("paths").get("/" + function.name());
      String method = function.isSupplier() ? "get" : "post";
      assertThat(item.propertyNames()).as(function.name()).containsExactly(method);
      assertThat(item.at("/" + method + "/operationId").asString()).isEqualTo(function.name());
      assertThat(item.at("/" + method + "/tags/0").asString()).isEqualTo(Functions.featureOf(function));
    }
  }

  @Test
  void postOperationsTakeTheirInputAndAnswerTheirOutput() {
    JsonNode listProspects = doc.at("/paths/~1listProspects/post");
    assertThat(listProspects.at("/requestBody/required").asBoolean()).isTrue();
    assertThat(listProspects.at("/requestBody/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/ListProspectsInput");
    assertThat(listProspects.at("/responses/200/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/ProspectPage");
    assertThat(doc.at("/components/schemas/ProspectPage/properties/items/items/$ref").asString())
        .isEqualTo("#/components/schemas/ProspectSummary");
    // a generic record resolves once per type argument
    assertThat(doc.at("/paths/~1listReviewQueue/post/responses/200/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/PageReviewItem");
    assertThat(doc.at("/components/schemas/PageReviewItem/properties/items/items/$ref").asString())
        .isEqualTo("#/components/schemas/ReviewItem");
    assertThat(doc.at("/paths/~1me/post/requestBody/content/application~1json/schema/$ref").asString())
        .isEqualTo("#/components/schemas/Empty");
    assertThat(doc.at("/components/schemas/Empty/additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void everyErrorStatusAFunctionCanAnswerIsListedWithTheErrorBody() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.isSupplier()) {
        continue;
      }
      JsonNode responses = doc.at("/paths/~1" + function.name() + "/post/responses");
      TreeSet<String> expected = new TreeSet<>(List.of("200"));
      function.allErrors().forEach(code -> expected.add(String.valueOf(code.status())));
      assertThat(new TreeSet<>(responses.propertyNames())).as(function.name()).isEqualTo(expected);
      for (ErrorCode code : function.allErrors()) {
        String ref = responses.get(String.valueOf(code.status())).get("$ref").asString();
        JsonNode shared = doc.at("/components/responses/" + ref.substring(ref.lastIndexOf('/') + 1));
        assertThat(shared.get("description").asString()).as(function.name()).contains("`" + code.name() + "`");
        assertThat(shared.at("/content/application~1json/schema/$ref").asString())
            .isEqualTo("#/components/schemas/ErrorBody");
      }
    }
    assertThat(doc.at("/paths/~1login/post/responses/401/$ref").asString()).endsWith("/INVALID_CREDENTIALS");
    assertThat(doc.at("/paths/~1getCampaign/post/responses/404/$ref").asString()).endsWith("/NOT_FOUND");
    assertThat(doc.at("/paths/~1createCampaign/post/responses").has("404")).isFalse();
    assertThat(doc.at("/components/responses/RATE_LIMIT_EXCEEDED/headers").has("Retry-After")).isTrue();
  }

  @Test
  void theErrorBodyIsTheContractsOneShape() {
    JsonNode detail = doc.at("/components/schemas/ErrorDetail");
    assertThat(doc.at("/components/schemas/ErrorBody/properties/error/$ref").asString())
        .isEqualTo("#/components/schemas/ErrorDetail");
    assertThat(detail.get("required").valueStream().map(JsonNode::asString))
        .containsExactlyInAnyOrder("code", "message", "details", "requestId");
    assertThat(doc.at("/components/schemas/ErrorCode/enum").valueStream().map(JsonNode::asString).toList())
        .containsExactlyElementsOf(List.of(ErrorCode.values()).stream().map(Enum::name).toList());
  }

  @Test
  void securityFollowsTheAccessClass() {
    assertThat(doc.at("/components/securitySchemes/session/in").asString()).isEqualTo("cookie");
    assertThat(doc.at("/components/securitySchemes/session/name").asString()).isEqualTo("sm_session");
    assertThat(doc.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    for (FunctionSpec function : Functions.ALL) {
      JsonNode op = doc.at("/paths/~1" + function.name() + (function.isSupplier() ? "/get" : "/post"));
      List<String> schemes = op.get("security").valueStream().flatMap(r -> r.propertyNames().stream()).toList();
      List<String> headers = op.has("parameters")
          ? op.get("parameters").valueStream().map(p -> p.get("$ref").asString()).toList() : List.of();
      switch (function.access()) {
        case PUBLIC -> assertThat(schemes).as(function.name()).isEmpty();
        case USER -> assertThat(schemes).as(function.name()).containsExactly("session", "bearer");
        case INTEGRATION -> assertThat(schemes).as(function.name()).containsExactly("integrationSignature");
      }
      assertThat(headers).as(function.name()).isEqualTo(function.access() != Access.INTEGRATION ? List.of()
          : List.of("#/components/parameters/X-Sm-Timestamp", "#/components/parameters/X-Sm-Signature",
              "#/components/parameters/X-Sm-Delivery-Id"));
    }
    for (String header : List.of("X-Sm-Timestamp", "X-Sm-Signature", "X-Sm-Delivery-Id")) {
      JsonNode parameter = doc.at("/components/parameters/" + header);
      assertThat(parameter.get("in").asString()).isEqualTo("header");
      assertThat(parameter.get("name").asString()).isEqualTo(header);
      assertThat(parameter.get("required").asBoolean()).isTrue();
    }
  }

  @Test
  void eachUserOperationNamesTheBudgetItsCallsCountAgainst() {
    assertThat(doc.at("/paths/~1importProspects/post/description").asString())
        .contains("Counts against " + CallBudget.IMPORT.meaning());
    assertThat(doc.at("/paths/~1listProspects/post/description").asString())
        .contains("Counts against " + CallBudget.CALLS.meaning());
    assertThat(doc.at("/paths/~1login/post/description").asString()).doesNotContain("Counts against");
  }

  @Test
  void theValidationAnnotationsBecomeSchemaKeywords() {
    JsonNode signup = doc.at("/components/schemas/SignupInput");
    assertThat(signup.get("required").valueStream().map(JsonNode::asString)).containsExactly("email", "password");
    assertThat(signup.at("/properties/email/format").asString()).isEqualTo("email");
    assertThat(signup.at("/properties/email/maxLength").asInt()).isEqualTo(320);
    assertThat(signup.at("/properties/email/pattern").asString()).isEqualTo("\\S");
    assertThat(signup.at("/properties/password/minLength").asInt()).isEqualTo(10);
    assertThat(signup.at("/properties/fullName/type").valueStream().map(JsonNode::asString))
        .containsExactly("string", "null");
    assertThat(signup.at("/x-cross-field-rules/0/field").asString()).isEqualTo("password");

    JsonNode ids = doc.at("/components/schemas/BulkApproveInput/properties/ids");
    assertThat(ids.get("minItems").asInt()).isEqualTo(1);
    assertThat(ids.get("maxItems").asInt()).isEqualTo(100);
    assertThat(ids.at("/items/format").asString()).isEqualTo("uuid");

    JsonNode warmup = doc.at("/components/schemas/RecordWarmupInput/properties/likes");
    assertThat(warmup.get("minimum").asInt()).isZero();
    assertThat(warmup.get("maximum").asInt()).isEqualTo(40);

    JsonNode industries = doc.at("/components/schemas/IcpCriteria/properties/industries");
    assertThat(industries.at("/items/maxLength").asInt()).isEqualTo(200);
    assertThat(industries.at("/items/pattern").asString()).isEqualTo("\\S");
    assertThat(industries.has("minItems")).isFalse();
  }

  @Test
  void patternsAreWrittenAsJsonSchemaReadsThemWholeValueAndEcma() {
    assertThat(doc.at("/components/schemas/UpdateCampaignInput/properties/name/pattern").asString())
        .isEqualTo("^.*\\S.*$");
    assertThat(doc.at("/components/schemas/UpdateTemplateInput/properties/body/pattern").asString()).isEqualTo("\\S");
    assertThat(OpenApiGenerator.ecmaPattern("[a-z]+")).isEqualTo("^(?:[a-z]+)$");
    List<String> patterns = new ArrayList<>();
    collect(doc, "pattern", patterns);
    assertThat(patterns).isNotEmpty().noneMatch(p -> p.contains("(?s)") || p.contains("(?i)"));
  }

  @Test
  void answersCarryEveryFieldAndOptionalInputFieldsMayBeLeftOut() {
    JsonNode summary = doc.at("/components/schemas/ProspectSummary");
    assertThat(summary.get("required").valueStream().map(JsonNode::asString))
        .contains("campaignId", "jobTitle", "lastActivityAt");
    assertThat(summary.at("/properties/campaignId/type").valueStream().map(JsonNode::asString))
        .containsExactly("string", "null");
    assertThat(doc.at("/components/schemas/UpdateMeInput").has("required")).isFalse();
    assertThat(doc.at("/components/schemas/UpdateSettingsInput/properties/warmup/anyOf/1/type").asString())
        .isEqualTo("null");
  }

  @Test
  void theOnboardingStepDataIsOneOfTheFourStepShapes() {
    JsonNode data = doc.at("/components/schemas/SaveOnboardingStepInput/properties/data/oneOf");
    assertThat(data.valueStream().map(r -> r.get("$ref").asString())).containsExactly(
        "#/components/schemas/IcpCriteria", "#/components/schemas/PersonaData",
        "#/components/schemas/LimitsData", "#/components/schemas/WarmupSettings");
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);

    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void theBuildPutTheCommittedDocumentOnTheClasspath() throws IOException {
    String built;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(OpenApiGenerator.RESOURCE)) {
      assertThat(in).as("the build writes " + OpenApiGenerator.RESOURCE).isNotNull();
      built = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode builtDoc = MAPPER.readTree(built);
    assertThat(withoutVersion(builtDoc)).isEqualTo(withoutVersion(doc));

    Path committed = Path.of("..", "docs", "openapi.json");
    assertThat(committed).as("docs/openapi.json; run scripts/generate-types").exists();
    assertThat(Files.readString(committed)).as("docs/openapi.json is stale: run scripts/generate-types and commit it")
        .isEqualTo(built);
  }

  private static JsonNode withoutVersion(JsonNode document) {
    var copy = document.deepCopy();
    ((tools.jackson.databind.node.ObjectNode) copy.get("info")).remove("version");
    return copy;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    collect(node, "$ref", refs);
  }

  /** Every string value of a field with this name, anywhere in the document. */
  private static void collect(JsonNode node, String name, List<String> values) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals(name) && field.getValue().isString()) {
          values.add(field.getValue().asString());
        } else {
          collect(field.getValue(), name, values);
        }
      }
    } else if (node.isArray()) {
      node.valueStream().forEach(child -> collect(child, name, values));
    }
  }
}
