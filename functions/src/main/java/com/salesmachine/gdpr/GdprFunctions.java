package com.salesmachine.gdpr;

import com.salesmachine.contract.account.DataExport;
import com.salesmachine.contract.account.DeleteAccountInput;
import com.salesmachine.contract.common.DeletedResult;
import com.salesmachine.contract.common.Empty;
import com.salesmachine.contract.prospects.DeleteProspectInput;
import com.salesmachine.platform.ApiFunction;
import com.salesmachine.platform.Reply;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The seller's GDPR functions (user class): erasure of a prospect or of the account, and the export. */
@Configuration(proxyBeanMethods = false)
public class GdprFunctions {

    @Bean
    ApiFunction<DeleteProspectInput, DeletedResult> deleteProspect(ProspectErasure erasure) {
        return (input, caller) -> erasure.erase(caller.requireUser(), input.id()).thenReturn(DeletedResult.DELETED);
    }

    @Bean
    ApiFunction<DeleteAccountInput, Reply<DeletedResult>> deleteAccount(AccountErasure erasure) {
        return (input, caller) -> erasure.erase(caller.requireUser(), caller.sessionId(), input.password())
                .thenReturn(Reply.clearingSession(DeletedResult.DELETED));
    }

    @Bean
    ApiFunction<Empty, DataExport> exportMyData(AccountExport export) {
        return (input, caller) -> export.export(caller.requireUser(), caller.sessionId());
    }
}
