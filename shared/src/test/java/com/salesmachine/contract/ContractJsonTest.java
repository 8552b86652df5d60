package com.salesmachine.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesmachine.contract.account.LoginInput;
import com.salesmachine.contract.common.ErrorBody;
import com.salesmachine.contract.common.ErrorCode;
import com.salesmachine.contract.common.ErrorDetail;
import com.salesmachine.contract.common.FieldIssue;
import com.salesmachine.contract.common.HealthStatus;
import com.salesmachine.contract.onboarding.LimitsData;
import com.salesmachine.contract.onboarding.OnboardingStep;
import com.salesmachine.contract.onboarding.SaveOnboardingStepInput;
import com.salesmachine.contract.prospects.ProspectStatus;
import com.salesmachine.contract.prospects.ProspectSummary;
import com.salesmachine.contract.prospects.UpdateProspectInput;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ContractJsonTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Every concrete record type: the non-generic reachable records plus the generic outputs as the catalogue uses them. */
  static Stream<Type> recordTypes() {
    List<Type> types = new ArrayList<>();
    for (Class<?> cls : ContractTypes.reachable()) {
      if (cls.isRecord() && cls.getTypeParameters().length == 0) {
        types.add(cls);
      }
    }
    Functions.ALL.stream().map(FunctionSpec::output)
        .filter(t -> t instanceof ParameterizedType p && p.getRawType() != Map.class).distinct().forEach(types::add);
    return types.stream();
  }

  static Stream<Class<?>> enumTypes() {
    return ContractTypes.reachable().stream().filter(Class::isEnum);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordTypes")
  void everyRecordRoundTripsUnderItsComponentNames(Type type) {
    Object sample = SampleValues.of(type);

    String json = MAPPER.writeValueAsString(sample);
    Object back = MAPPER.readValue(json, MAPPER.constructType(type));

    assertThat(back).isEqualTo(sample);
    Class<?> raw = sample.getClass();
    Set<String> expected = new TreeSet<>(Arrays.stream(raw.getRecordComponents()).map(RecordComponent::getName).toList());
    assertThat(new TreeSet<>(MAPPER.readTree(json).propertyNames())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumTypes")
  void enumsTravelAsTheirCatalogueValues(Class<?> enumType) {
    boolean upperCase = enumType == ErrorCode.class || enumType == HealthStatus.class;
    for (Object constant : enumType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      String expected = upperCase ? name : name.toLowerCase();

      assertThat(MAPPER.writeValueAsString(constant)).isEqualTo("\"" + expected + "\"");
      assertThat(MAPPER.readValue("\"" + expected + "\"", enumType)).isEqualTo(constant);
    }
  }

  @Test
  void prospectStatusesAreTheLowerSnakeValuesOfTheProductBrief() {
    List<String> values = Arrays.stream(ProspectStatus.values()).map(MAPPER::writeValueAsString).toList();

    assertThat(values).containsExactly("\"new\"", "\"contacted\"", "\"engaged\"", "\"qualified\"", "\"meeting_booked\"",
        "\"meeting_completed\"", "\"customer\"", "\"lost\"", "\"nurture\"", "\"unsubscribed\"");
  }

  @Test
  void isVipKeepsItsPrefixInJson() {
    ProspectSummary summary = (ProspectSummary) SampleValues.of(ProspectSummary.class);

    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(summary));

    assertThat(json.get("isVip").asBoolean()).isTrue();
    assertThat(json.has("vip")).isFalse();
    UpdateProspectInput update = MAPPER.readValue("{\"id\":\"" + SampleValues.ID + "\",\"isVip\":false}",
        UpdateProspectInput.class);
    assertThat(update.isVip()).isFalse();
    assertThat(update.status()).isNull();
  }

  @Test
  void onboardingStepDataBindsToTheTypeTheStepNames() {
    String json = "{\"step\":\"limits\",\"data\":{\"dailyEmailLimit\":30,\"aiConfidenceThreshold\":85}}";

    SaveOnboardingStepInput input = MAPPER.readValue(json, SaveOnboardingStepInput.class);

    assertThat(input.step()).isEqualTo(OnboardingStep.LIMITS);
    assertThat(input.data()).isEqualTo(new LimitsData(30, 85));
    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(input));
    assertThat(written).isEqualTo(MAPPER.readTree(json));
  }

  @Test
  void errorBodyHasTheCatalogueShape() {
    ErrorBody body = new ErrorBody(new ErrorDetail(ErrorCode.VALIDATION_ERROR, "human sentence",
        List.of(new FieldIssue("email", "must be a valid e-mail address")), "req-1"));

    assertThat(MAPPER.writeValueAsString(body)).isEqualTo(
        "{\"error\":{\"code\":\"VALIDATION_ERROR\",\"message\":\"human sentence\","
            + "\"details\":[{\"field\":\"email\",\"issue\":\"must be a valid e-mail address\"}],\"requestId\":\"req-1\"}}");
  }

  @Test
  void timesAndIdsTravelAsIsoStringsAndUuidStrings() {
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(SampleValues.of(ProspectSummary.class)));

    assertThat(json.get("createdAt").asString()).isEqualTo("2025-03-04T05:06:07Z");
    assertThat(json.get("id").asString()).isEqualTo(SampleValues.ID.toString());
  }

  @Test
  void validationHelpersNeverLeakIntoJson() {
    JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(new LoginInput("a@b.co", "x")));

    assertThat(new TreeSet<>(json.propertyNames())).containsExactly("email", "password");
  }
}
