package com.salesmachine.integration;

import java.util.UUID;

/** What the integration functions need to know about a prospect they touch. */
record ProspectRef(UUID id, UUID campaignId, String fullName, String status, boolean vip) {
}
