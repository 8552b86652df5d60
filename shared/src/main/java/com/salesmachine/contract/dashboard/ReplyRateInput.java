package com.salesmachine.contract.dashboard;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Input of {@code replyRate}: the last {@code weeks} weeks (default 12, Monday-based, in the user's time zone). */
public record ReplyRateInput(@Min(1) @Max(104) Integer weeks) {
}
