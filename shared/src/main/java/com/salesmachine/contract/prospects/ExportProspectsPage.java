package com.salesmachine.contract.prospects;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Output of {@code exportProspects}: rows in the columns importProspects reads ({@link ImportRow}; status as its
 * value, vip as "true"/"false"), so that export -> import into a fresh account is lossless.
 */
public record ExportProspectsPage(@NotNull List<ImportRow> items, String nextCursor) {
}
