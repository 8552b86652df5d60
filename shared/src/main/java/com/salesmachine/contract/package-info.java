/** The API contract: every function's input and output as Java records. */
package com.salesmachine.contract;
