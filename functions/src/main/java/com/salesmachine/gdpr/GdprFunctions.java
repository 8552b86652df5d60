package com.salesmachine.gdpr;

import com.salesmachine.contract.account.DataExport;
import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.prospects.DeleteProspectInput;
import com.salesmachine.platform.ApiFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seller's GDPR functions (user class). deleteAccount belongs to the account package. */
@Configuration(proxyBeanMethods = false)
public class GdprFunctions {

    @Bean
    ApiFunction<DeleteProspectInput, DeletedResult> deleteProspect(ProspectErasure erasure) {
        return (input, caller) -> erasure.erase(caller.requireUser(), input.id()).thenReturn(DeletedResult.DELETED);
    }

    @Bean
    ApiFunction<Empty, DataExport> exportMyData(AccountExport export) {
        return (input, caller) -> export.export(caller.requireUser(), caller.sessionId());
    }
}
