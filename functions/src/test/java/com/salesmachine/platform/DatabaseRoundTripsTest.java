package com.salesmachine.platform;

import com.salesmachine.support.ApplicationTest;
import io.r2dbc.spi.ValidationDepth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The database round trips a function pays for beyond its own SQL (bench/scale counts them at the server). */
class DatabaseRoundTripsTest extends ApplicationTest {

    @Autowired
    R2dbcProperties r2dbc;

    @Test
    void takingAConnectionFromThePoolSendsNoValidationQuery() {
        // a validation query is one more statement per acquire: listProspects measured 2 statements/call with it
        assertThat(r2dbc.getPool().getValidationQuery()).isNull();
        assertThat(r2dbc.getPool().getValidationDepth()).isEqualTo(ValidationDepth.LOCAL);
    }
}
