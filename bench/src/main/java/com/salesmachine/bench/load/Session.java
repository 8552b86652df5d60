package com.salesmachine.bench.load;

import java.util.Map;

/** A seeded user logged in through the API: what one load client acts as. */
record Session(LoadData.SeededUser user, String token) {

    Map<String, String> auth() {
        return Map.of("Authorization", "Bearer " + token);
    }
}
