package com.salesmachine.localstack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One socket to Redis speaking RESP2: write commands (pipelined if several), read typed replies. */
final class RespConnection implements AutoCloseable {

    private static final byte[] CRLF = {'\r', '\n'};

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RespConnection(String host, int port, int connectTimeoutMillis, int readTimeoutMillis) throws IOException {
        socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            socket.setSoTimeout(readTimeoutMillis);
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends every command in one write, then reads one reply per command. */
    List<RespReply> execute(List<List<byte[]>> commands) throws IOException {
        for (List<byte[]> command : commands) {
            write(command);
        }
        out.flush();
        List<RespReply> replies = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            replies.add(read());
        }
        return replies;
    }

    private void write(List<byte[]> command) throws IOException {
        out.write(('*' + String.valueOf(command.size())).getBytes(StandardCharsets.US_ASCII));
        out.write(CRLF);
        for (byte[] arg : command) {
            out.write(('$' + String.valueOf(arg.length)).getBytes(StandardCharsets.US_ASCII));
            out.write(CRLF);
            out.write(arg);
            out.write(CRLF);
        }
    }

    private RespReply read() throws IOException {
        int type = in.read();
        if (type < 0) {
            throw new EOFException("Redis closed the connection");
        }
        String line = line();
        return switch (type) {
            case '+' -> new RespReply.Status(line);
            case '-' -> new RespReply.Error(line);
            case ':' -> new RespReply.Integer(Long.parseLong(line));
            case '$' -> bulk(Integer.parseInt(line));
            case '*' -> array(Integer.parseInt(line));
            default -> throw new IOException("Unexpected RESP type byte " + type);
        };
    }

    private RespReply bulk(int length) throws IOException {
        if (length < 0) {
            return new RespReply.Bulk(null);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length || in.read() != '\r' || in.read() != '\n') {
            throw new EOFException("Truncated bulk string from Redis");
        }
        return new RespReply.Bulk(bytes);
    }

    private RespReply array(int size) throws IOException {
        if (size < 0) {
            return new RespReply.Array(null);
        }
        List<RespReply> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(read());
        }
        return new RespReply.Array(items);
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(32);
        int b;
        while ((b = in.read()) != '\r') {
            if (b < 0) {
                throw new EOFException("Redis closed the connection mid-reply");
            }
            buffer.write(b);
        }
        if (in.read() != '\n') {
            throw new IOException("Malformed RESP line");
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken socket: nothing left to release
        }
    }
}
