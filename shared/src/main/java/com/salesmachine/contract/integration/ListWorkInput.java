package com.salesmachine.contract.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;

/**
 * Input of {@code listWork}: what the workflow engine has to do next. {@code userId} narrows it to one user
 * (default: every user); {@code limit} caps each list (1-100, default 50).
 */
public record ListWorkInput(UUID userId, @Min(1) @Max(100) Integer limit) {
}
