package com.salesmachine.platform;

/** Marks a failure that means a backing service cannot be used right now: the caller gets 503. */
public interface BackingServiceUnavailable {

    /** What is unavailable, in words a user may read ("The session store"). */
    String service();
}
