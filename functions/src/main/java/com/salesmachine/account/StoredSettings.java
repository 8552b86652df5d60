package com.salesmachine.account;

import java.util.List;

import com.salesmachine.contract.account.Notifications;
import com.salesmachine.contract.account.Settings;
import com.salesmachine.contract.account.SettingsMode;
import com.salesmachine.contract.account.UpdateSettingsInput;
import com.salesmachine.contract.account.WarmupSettings;

/** users.settings as stored: the Settings shape minus timezone (users.timezone holds that). */
record StoredSettings(Integer aiConfidenceThreshold, Integer dailyEmailLimit, SettingsMode mode,
                      WarmupSettings warmup, List<String> blacklistedTerms, Notifications notifications) {

    Settings withTimezone(String timezone) {
        return new Settings(aiConfidenceThreshold, dailyEmailLimit, timezone, mode, warmup,
                blacklistedTerms == null ? List.of() : blacklistedTerms, notifications);
    }

    /** A null field of the update was not sent and stays as it is. */
    StoredSettings merge(UpdateSettingsInput update) {
        return new StoredSettings(
                pick(update.aiConfidenceThreshold(), aiConfidenceThreshold),
                pick(update.dailyEmailLimit(), dailyEmailLimit),
                pick(update.mode(), mode),
                pick(update.warmup(), warmup),
                pick(update.blacklistedTerms(), blacklistedTerms),
                pick(update.notifications(), notifications));
    }

    private static <T> T pick(T sent, T current) {
        return sent != null ? sent : current;
    }
}
