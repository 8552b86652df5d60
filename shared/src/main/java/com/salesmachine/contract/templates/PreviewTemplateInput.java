package com.salesmachine.contract.templates;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Input of {@code previewTemplate}: a saved template or an ad-hoc subject/body, rendered for one prospect. */
public record PreviewTemplateInput(
    UUID templateId,
    @Size(max = 500) String subject,
    @Size(max = 10000) String body,
    @NotNull UUID prospectId) {

  /** Reports on {@code templateId}: exactly one of templateId and body. */
  @JsonIgnore
  @AssertTrue(message = "exactly one of templateId and body is required")
  public boolean isTemplateIdValid() {
    return (templateId == null) != (body == null);
  }
}
