package com.salesmachine.platform;

import com.salesmachine.contract.Access;
import com.salesmachine.contract.CallBudget;

/**
 * A catalogue entry: the function's name, who may call it, the type its JSON body binds to, and the session budget
 * its calls count against (a user function's; see {@link CallBudget}).
 */
public record FunctionDeclaration(String name, Access access, Class<?> inputType, CallBudget budget) {

    /** An entry counted against the calls budget. */
    public FunctionDeclaration(String name, Access access, Class<?> inputType) {
        this(name, access, inputType, CallBudget.CALLS);
    }
}
