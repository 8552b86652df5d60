package com.salesmachine.localstack;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Idle Redis connections for the gateway. A request runs on one borrowed connection; a connection that fails
 * is dropped together with every idle one (after a Redis restart they are all dead), and a request that failed
 * on a reused connection is retried once on a fresh one.
 */
final class RedisConnectionPool implements AutoCloseable {

    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private static final int MAX_IDLE = 32;

    private final String host;
    private final int port;
    private final ConcurrentLinkedDeque<RespConnection> idle = new ConcurrentLinkedDeque<>();

    RedisConnectionPool(String host, int port) {
        this.host = host;
        this.port = port;
    }

    List<RespReply> execute(List<List<byte[]>> commands) throws IOException {
        RespConnection pooled = idle.pollFirst();
        if (pooled != null) {
            try {
                return runAndReturn(pooled, commands);
            } catch (IOException staleConnection) {
                discardIdle();
            }
        }
        return runAndReturn(new RespConnection(host, port, CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS), commands);
    }

    private List<RespReply> runAndReturn(RespConnection connection, List<List<byte[]>> commands) throws IOException {
        List<RespReply> replies;
        try {
            replies = connection.execute(commands);
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
        if (idle.size() < MAX_IDLE) {
            idle.addFirst(connection);
        } else {
            connection.close();
        }
        return replies;
    }

    void discardIdle() {
        RespConnection connection;
        while ((connection = idle.pollFirst()) != null) {
            connection.close();
        }
    }

    @Override
    public void close() {
        discardIdle();
    }
}
