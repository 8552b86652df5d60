package com.salesmachine.platform.http;

import java.nio.charset.StandardCharsets;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;

/**
 * Percent-encodes what a request target may not hold ({@code /me|logout}, {@code /%}, raw non-ASCII bytes) as it
 * comes off the wire, before Spring builds the request's URI. Without it Spring's Reactor adapter cannot parse the
 * URI and answers a bare 400 with no body and no request id; with it the request reaches the transport and gets the
 * contract's 404. Nothing that is a valid target changes.
 */
@ChannelHandler.Sharable
final class RequestTargets extends ChannelInboundHandlerAdapter {

    static final String NAME = "sm-request-target";
    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/?#";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof HttpRequest request) {
            String target = request.uri();
            String safe = encode(target);
            if (!safe.equals(target)) {
                request.setUri(safe);
            }
        }
        ctx.fireChannelRead(msg);
    }

    /** The target with every character a URI may not hold percent-encoded (a {@code %} not followed by two hex digits too). */
    static String encode(String target) {
        StringBuilder out = null;
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            boolean keep = ALLOWED.indexOf(c) >= 0 || (c == '%' && i + 2 < target.length()
                    && hex(target.charAt(i + 1)) && hex(target.charAt(i + 2)));
            if (keep) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(target.length() + 16).append(target, 0, i);
            }
            // the decoder read the line as ISO-8859-1: one char per byte
            byte[] bytes = c <= 0xFF ? new byte[] {(byte) c} : String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out == null ? target : out.toString();
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
