package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.NotBlank;

/** Activity events on one calendar day ({@code yyyy-mm-dd} in the user's time zone). */
public record DayCount(@NotBlank String day, int count) {
}
