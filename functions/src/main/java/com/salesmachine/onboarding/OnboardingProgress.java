package com.salesmachine.onboarding;

import com.salesmachine.contract.account.WarmupSettings;
import com.salesmachine.contract.campaigns.IcpCriteria;
import com.salesmachine.contract.common.FieldIssue;
import com.salesmachine.contract.onboarding.LimitsData;
import com.salesmachine.contract.onboarding.OnboardingSaved;
import com.salesmachine.contract.onboarding.OnboardingStatus;
import com.salesmachine.contract.onboarding.OnboardingStep;
import com.salesmachine.contract.onboarding.OnboardingStepState;
import com.salesmachine.contract.onboarding.PersonaData;
import com.salesmachine.platform.ApiException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a user saved so far ({@code users.onboarding}: one key per step, holding that step's data)
 * and what the first campaign is built from once every step is there.
 */
record OnboardingProgress(JsonNode saved, boolean completed) {

    static final int MAX_JOB_TITLES = 50;

    static String key(OnboardingStep step) {
        return step.name().toLowerCase(Locale.ROOT);
    }

    boolean isDone(OnboardingStep step) {
        JsonNode data = saved.get(key(step));
        return data != null && data.isObject();
    }

    OnboardingStatus status(JsonMapper mapper) {
        List<OnboardingStepState> steps = new ArrayList<>();
        for (OnboardingStep step : OnboardingStep.values()) {
            steps.add(new OnboardingStepState(step, isDone(step)));
        }
        var held = new OnboardingSaved(
                savedAs(OnboardingStep.ICP, IcpCriteria.class, mapper),
                savedAs(OnboardingStep.PERSONA, PersonaData.class, mapper),
                savedAs(OnboardingStep.LIMITS, LimitsData.class, mapper),
                savedAs(OnboardingStep.WARMUP, WarmupSettings.class, mapper));
        return new OnboardingStatus(steps, completed, held);
    }

    /**
     * A done step's data as its contract record, null when the step is not saved, or when what was saved no longer
     * reads as today's record (saved by an older version): the wizard then shows that step empty rather than the
     * status failing, and saving the step again replaces it.
     */
    private <T> T savedAs(OnboardingStep step, Class<T> type, JsonMapper mapper) {
        if (!isDone(step)) {
            return null;
        }
        try {
            return mapper.treeToValue(saved.get(key(step)), type);
        } catch (JacksonException unreadable) {
            return null;
        }
    }

    /** 422 naming every step not saved yet (field = the step name). */
    void requireEveryStep() {
        List<FieldIssue> missing = new ArrayList<>();
        for (OnboardingStep step : OnboardingStep.values()) {
            if (!isDone(step)) {
                missing.add(new FieldIssue(key(step), "step not saved yet"));
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.validation(missing);
        }
    }

    /** The campaign ICP: the saved ICP with the persona's job titles added (same title once, first spelling wins). */
    IcpCriteria campaignIcp(JsonMapper mapper) {
        IcpCriteria icp = mapper.treeToValue(saved.get(key(OnboardingStep.ICP)), IcpCriteria.class);
        PersonaData persona = mapper.treeToValue(saved.get(key(OnboardingStep.PERSONA)), PersonaData.class);
        Map<String, String> titles = new LinkedHashMap<>();
        for (String title : icp.jobTitles()) {
            titles.putIfAbsent(title.strip().toLowerCase(Locale.ROOT), title.strip());
        }
        for (String title : persona.jobTitles()) {
            titles.putIfAbsent(title.strip().toLowerCase(Locale.ROOT), title.strip());
        }
        if (titles.size() > MAX_JOB_TITLES) {
            throw ApiException.validation("persona", "ICP and persona job titles together exceed "
                    + MAX_JOB_TITLES + " distinct titles");
        }
        return new IcpCriteria(icp.industries(), List.copyOf(titles.values()), icp.companySizes(), icp.locations());
    }

    LimitsData limits(JsonMapper mapper) {
        return mapper.treeToValue(saved.get(key(OnboardingStep.LIMITS)), LimitsData.class);
    }
}
