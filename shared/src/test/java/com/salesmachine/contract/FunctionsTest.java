package com.salesmachine.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.common.ErrorCode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FunctionsTest {

  @Test
  void namesAreUniqueAndUsableAsPaths() {
    List<String> names = Functions.ALL.stream().map(FunctionSpec::name).toList();

    assertThat(names).doesNotHaveDuplicates();
    assertThat(names).allMatch(n -> n.matches("[a-z][A-Za-z]*") || n.equals("openapi.json"), "a camelCase name");
  }

  @Test
  void theGetSuppliersArePublicAndAreOnlyHealthAndTheDocument() {
    assertThat(Functions.ALL.stream().filter(FunctionSpec::isSupplier).map(FunctionSpec::name).toList())
        .containsExactly("health", "openapi.json");
    assertThat(Functions.PLATFORM).allMatch(f -> f.access() == Access.PUBLIC);
  }

  @Test
  void eachFeatureDeclaresItsFunctionsBesideItsRecords() {
    Functions.BY_FEATURE.forEach((feature, functions) -> {
      for (FunctionSpec function : functions) {
        if (function.isSupplier() || function.input() == Empty.class) {
          continue;
        }
        assertThat(function.input().getPackageName()).as(function.name())
            .isEqualTo("com.salesmachine.contract." + feature);
        assertThat(Functions.featureOf(function)).isEqualTo(feature);
      }
    });
  }

  @Test
  void onlySignupAndLoginArePublicAmongThePostFunctions() {
    assertThat(Functions.ALL.stream().filter(f -> !f.isSupplier() && f.access() == Access.PUBLIC)
        .map(FunctionSpec::name)).containsExactly("signup", "login");
  }

  @Test
  void onlyTheImportCountsAgainstABudgetOtherThanTheCallsOneAndOnlyAUserFunctionCan() {
    assertThat(Functions.ALL.stream().filter(f -> f.budget() != CallBudget.CALLS).map(FunctionSpec::name))
        .containsExactly("importProspects");
    FunctionSpec login = Functions.named("login").orElseThrow();
    assertThatThrownBy(() -> login.countedAgainst(CallBudget.IMPORT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("login");
  }

  @Test
  void errorsAddTheAccessClassOnesToTheFunctionsOwn() {
    FunctionSpec login = Functions.named("login").orElseThrow();
    FunctionSpec getCampaign = Functions.named("getCampaign").orElseThrow();
    FunctionSpec ingest = Functions.named("ingestProspects").orElseThrow();

    assertThat(login.allErrors()).contains(ErrorCode.INVALID_CREDENTIALS, ErrorCode.RATE_LIMIT_EXCEEDED,
        ErrorCode.VALIDATION_ERROR).doesNotContain(ErrorCode.UNAUTHORIZED, ErrorCode.NOT_FOUND);
    assertThat(getCampaign.allErrors()).contains(ErrorCode.UNAUTHORIZED, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND)
        .doesNotContain(ErrorCode.CONFLICT, ErrorCode.INVALID_CREDENTIALS);
    // 429: an address that sends too many bad signatures is throttled (failed-authentication limit)
    assertThat(ingest.allErrors()).contains(ErrorCode.UNAUTHORIZED, ErrorCode.CONFLICT, ErrorCode.NOT_FOUND,
        ErrorCode.RATE_LIMIT_EXCEEDED).doesNotContain(ErrorCode.FORBIDDEN);
    assertThat(Functions.named("health").orElseThrow().allErrors()).isEmpty();
  }

  @Test
  void everyInputIsNamedAfterItsFunctionOrIsEmpty() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.isSupplier() || function.input() == Empty.class) {
        continue;
      }
      String pascal = Character.toUpperCase(function.name().charAt(0)) + function.name().substring(1);
      assertThat(function.input().getSimpleName()).as(function.name()).isEqualTo(pascal + "Input");
    }
  }

  @Test
  void integrationInputsNameTheUserTheyActForExceptTheOutboxPair() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.access() != Access.INTEGRATION) {
        continue;
      }
      boolean hasUserId = Arrays.stream(function.input().getRecordComponents())
          .anyMatch(c -> c.getName().equals("userId") && c.getType() == UUID.class);
      boolean outbox = function.name().equals("claimOutbound") || function.name().equals("reportDelivery");
      assertThat(hasUserId).as(function.name()).isEqualTo(!outbox);
    }
  }

  @Test
  void functionsTakingNoFieldsTakeEmpty() {
    List<String> empty = Functions.ALL.stream().filter(f -> f.input() == Empty.class).map(FunctionSpec::name).toList();

    assertThat(empty).containsExactly("logout", "logoutEverywhere", "listSessions", "me", "getSettings",
        "exportMyData", "onboardingStatus", "listSavedViews", "dashboardStats");
  }

  @Test
  void pagedFunctionsAnswerWithAPageAndLookupsFindByName() {
    assertThat(Functions.named("listReviewQueue").orElseThrow().output().getTypeName())
        .isEqualTo("com.salesmachine.contract.common.Page<com.salesmachine.contract.review.ReviewItem>");
    assertThat(Functions.named("listReviewQueue").orElseThrow().outputClass().getSimpleName()).isEqualTo("Page");
    // listProspects' page also carries the total for the filter
    assertThat(Functions.named("listProspects").orElseThrow().outputClass().getSimpleName()).isEqualTo("ProspectPage");
    assertThat(Functions.named("nope")).isEmpty();
  }

  @Test
  void pagedInputsAcceptLimitAndCursor() {
    for (FunctionSpec function : Functions.ALL) {
      if (function.outputClass().getSimpleName().endsWith("Page")) {
        List<String> names = Arrays.stream(function.input().getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(names).as(function.name()).contains("limit", "cursor");
      }
    }
  }
}
