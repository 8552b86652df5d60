/**
 * Infrastructure every feature may use: sessions, rate counters and the Upstash client. An open module
 * (Spring Modulith): its sub-packages are usable from any feature, and it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package com.salesmachine.session;

import org.springframework.modulith.ApplicationModule;
