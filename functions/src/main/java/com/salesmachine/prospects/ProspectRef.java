package com.salesmachine.prospects;

import java.util.UUID;

/** What another feature needs to know about a prospect it touches. */
public record ProspectRef(UUID id, UUID campaignId, String fullName, String status, boolean vip) {
}
