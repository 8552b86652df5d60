package com.salesmachine.bench.load;

import java.util.Map;

/**
 * One request a load client is about to send: {@code POST path} with {@code body}.
 *
 * @param operation the function (or route) name, for per-operation figures
 * @param kind      the operation class (read, decision, ingest, ...) for per-class figures
 */
record Call(String operation, String kind, String path, byte[] body, Map<String, String> headers) {
}
