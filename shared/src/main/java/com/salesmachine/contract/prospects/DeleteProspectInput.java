package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Input of {@code deleteProspect} (GDPR erasure). */
public record DeleteProspectInput(@NotNull UUID id) {
}
