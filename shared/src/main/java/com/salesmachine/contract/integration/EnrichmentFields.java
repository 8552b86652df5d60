package com.salesmachine.contract.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The enrichment as the workflow engine sends it (replaces the stored one); null lists mean empty. */
public record EnrichmentFields(
    @Size(max = 50) List<@NotBlank @Size(max = 1000) String> talkingPoints,
    @Size(max = 50) List<@NotBlank @Size(max = 1000) String> painPoints,
    @Size(max = 10000) String recentActivity,
    @Size(max = 100) List<@NotBlank @Size(max = 200) String> techStack,
    Map<String, Object> companyData,
    @Min(0) @Max(100) Integer confidenceScore,
    @Min(0) @Max(100) Integer personalizationScore,
    @Size(max = 200) String model) {
}
