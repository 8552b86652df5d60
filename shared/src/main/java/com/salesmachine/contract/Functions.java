package com.salesmachine.contract;

import com.salesmachine.contract.account.AccountCatalogue;
import com.salesmachine.contract.campaigns.CampaignCatalogue;
import com.salesmachine.contract.common.Health;
import com.salesmachine.contract.dashboard.DashboardCatalogue;
import com.salesmachine.contract.integration.IntegrationCatalogue;
import com.salesmachine.contract.meetings.MeetingCatalogue;
import com.salesmachine.contract.onboarding.OnboardingCatalogue;
import com.salesmachine.contract.prospects.ProspectCatalogue;
import com.salesmachine.contract.review.ReviewCatalogue;
import com.salesmachine.contract.templates.TemplateCatalogue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue: every function, feature by feature. Each feature's functions are declared once, in its contract
 * package ({@code contract/<feature>/<Feature>Catalogue}), beside its records; this class only gathers them. The server
 * refuses to start with a function bean that is not declared here, and the OpenAPI document ({@code docs/openapi.json},
 * {@code GET /openapi.json}) and the SPA's types are generated from it ({@code scripts/generate-types}).
 */
public final class Functions {

  /** The platform's GET suppliers. */
  public static final List<FunctionSpec> PLATFORM = List.of(
      FunctionSpec.get("health", Health.class),
      FunctionSpec.get("openapi.json", GenericType.of(Map.class, String.class, Object.class)));

  /** Feature name (the OpenAPI tag) to its functions, in catalogue order. A new feature adds one entry here. */
  public static final Map<String, List<FunctionSpec>> BY_FEATURE = orderedMap(
      "platform", PLATFORM,
      "account", AccountCatalogue.FUNCTIONS,
      "onboarding", OnboardingCatalogue.FUNCTIONS,
      "campaigns", CampaignCatalogue.FUNCTIONS,
      "prospects", ProspectCatalogue.FUNCTIONS,
      "review", ReviewCatalogue.FUNCTIONS,
      "meetings", MeetingCatalogue.FUNCTIONS,
      "dashboard", DashboardCatalogue.FUNCTIONS,
      "templates", TemplateCatalogue.FUNCTIONS,
      "integration", IntegrationCatalogue.FUNCTIONS);

  public static final List<FunctionSpec> ALL = BY_FEATURE.values().stream().flatMap(List::stream).toList();

  private static final Map<String, FunctionSpec> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(FunctionSpec::name, Function.identity()));

  private Functions() {
  }

  @SuppressWarnings("unchecked")
  private static Map<String, List<FunctionSpec>> orderedMap(Object... keysAndValues) {
    Map<String, List<FunctionSpec>> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (List<FunctionSpec>) keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The feature (OpenAPI tag) a function belongs to. */
  public static String featureOf(FunctionSpec function) {
    return BY_FEATURE.entrySet().stream().filter(e -> e.getValue().contains(function)).findFirst()
        .map(Map.Entry::getKey).orElseThrow(() -> new IllegalArgumentException(function.name() + " is not declared"));
  }

  /** The function with this exact name, if the catalogue has one. */
  public static Optional<FunctionSpec> named(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
