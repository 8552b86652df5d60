/**
 * Infrastructure every feature may use: the function pipeline, transport, errors, JSON and database helpers.
 * An open module (Spring Modulith): its sub-packages are usable from any feature, and it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.salesmachine.platform;

import org.springframework.modulith.ApplicationModule;
