package com.salesmachine.bench.load;

/** What the load clients send: one script per client, each with its own state (user, items, random). */
interface Scenario {

    Script client(int index);

    interface Script {
        /** The next call, or {@code null} when this client has nothing left to do (counted as exhausted). */
        Call next();
    }
}
