package com.salesmachine.contract.account;

/** Output of logout and logoutEverywhere: how many sessions were revoked. */
public record RevokedResult(int revoked) {
}
