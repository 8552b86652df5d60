package com.salesmachine.platform.config;

import java.security.KeyStore;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

import org.springframework.boot.autoconfigure.preinitialize.BackgroundPreinitializer;

/**
 * Reads the JDK's trust store (~150 certificates parsed) on Spring Boot's background pre-initialisation thread,
 * while the main thread prepares the context: the Upstash client's OkHttp builds its TLS setup from the same
 * JVM-wide cache later, on the main thread, and finds it loaded (docs/architecture.md "Cold start"). The JDK
 * caches the certificates through a weak reference, so the trust manager is kept here for the process's life
 * (the same certificate set the client holds anyway). Registered in META-INF/spring.factories.
 */
public final class TrustStorePreinitializer implements BackgroundPreinitializer {

    @SuppressWarnings("unused") // keeps the JDK's cached trust anchors reachable
    private static volatile TrustManager[] trustManagers;

    @Override
    public void preinitialize() throws Exception {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        trustManagers = factory.getTrustManagers();
    }
}
