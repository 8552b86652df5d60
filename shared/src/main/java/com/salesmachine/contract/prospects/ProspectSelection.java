package com.salesmachine.contract.prospects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * Which prospects a bulk action applies to: either {@code ids} (1-500 of the caller's prospects; others' ids and
 * unknown ids are ignored) or {@code filter} (every prospect of the caller matching it), never both.
 */
public record ProspectSelection(
    @Size(max = 500) List<@NotNull UUID> ids,
    @Valid ProspectFilter filter) {

  /** Reports on {@code ids}: exactly one of ids (not empty) and filter. */
  @JsonIgnore
  @AssertTrue(message = "send either ids (1-500) or filter, not both")
  public boolean isIdsValid() {
    boolean hasIds = ids != null && !ids.isEmpty();
    return hasIds != (filter != null);
  }
}
