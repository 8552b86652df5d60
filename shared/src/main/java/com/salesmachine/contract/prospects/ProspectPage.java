package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Output of {@code listProspects}: one keyset page, and on the first page (no cursor sent) the total for the
 * filter; {@code total} is null on the pages after a cursor.
 */
public record ProspectPage(@NotNull List<ProspectSummary> items, String nextCursor, ProspectTotal total) {
}
