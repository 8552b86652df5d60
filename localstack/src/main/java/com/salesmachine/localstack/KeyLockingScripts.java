package com.salesmachine.localstack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Upstash's {@code allow-key-locking} script flag, done by the gateway as Upstash documents it (EVAL, EVALSHA,
 * SCRIPT LOAD and "Key-Based Locking" pages): a script whose shebang carries the flag may touch only the keys it
 * is given in KEYS (any other key is refused with an error) and no database-wide command (FLUSHDB, FLUSHALL, KEYS,
 * SCAN, RANDOMKEY); the digest clients use is the SHA-1 of the body as they sent it, flag included.
 * Redis 7 refuses flags it does not know ("Unexpected flag in script shebang"), so before a script reaches Redis
 * the flag is taken out of its shebang and a prelude that enforces the rule is put in front of the body. The
 * gateway remembers which client digest stands for which rewritten script. Locking itself needs no emulation:
 * Redis runs every script alone.
 */
final class KeyLockingScripts {

    static final String FLAG = "allow-key-locking";
    private static final Pattern SHEBANG = Pattern.compile("\\A#!lua(?:[ \\t]+flags=([^\\r\\n]*))?[ \\t]*(\\r?\\n|\\z)");
    private static final String PRELUDE = """
            local redis = (function(real, declared)
              local allowed = {}
              for _, k in ipairs(declared) do allowed[k] = true end
              local wide = {FLUSHDB = true, FLUSHALL = true, KEYS = true, SCAN = true, RANDOMKEY = true}
              local function refusal(...)
                local name = string.upper(tostring((...)))
                if wide[name] then
                  return 'ERR ' .. name .. ' is not allowed in a script with allow-key-locking'
                end
                local ok, keys = pcall(real.call, 'COMMAND', 'GETKEYS', ...)
                if ok then
                  for _, k in ipairs(keys) do
                    if not allowed[k] then
                      return 'ERR script with allow-key-locking touched key ' .. k .. ' which is not in KEYS'
                    end
                  end
                end
                return nil
              end
              local guarded = {}
              guarded.call = function(...)
                local e = refusal(...)
                if e then return error({err = e}) end
                return real.call(...)
              end
              guarded.pcall = function(...)
                local e = refusal(...)
                if e then return {err = e} end
                return real.pcall(...)
              end
              return setmetatable(guarded, {__index = real})
            end)(redis, KEYS)
            """;

    /** Client digest (of the body as sent) -> the rewritten body Redis runs. */
    private final Map<String, String> rewritten = new ConcurrentHashMap<>();

    /** Commands as Redis must receive them. */
    List<List<byte[]>> allToRedis(List<List<byte[]>> batch) {
        List<List<byte[]>> out = new ArrayList<>(batch.size());
        for (List<byte[]> command : batch) {
            out.add(toRedis(command));
        }
        return out;
    }

    /** A command as Redis must receive it; the same list when nothing needs rewriting. */
    List<byte[]> toRedis(List<byte[]> command) {
        if (command.size() < 2) {
            return command;
        }
        String name = text(command.get(0)).toUpperCase(Locale.ROOT);
        switch (name) {
            case "EVAL", "EVAL_RO" -> {
                String body = rewrite(text(command.get(1)));
                return body == null ? command : replace(command, 1, body);
            }
            case "EVALSHA", "EVALSHA_RO" -> {
                String body = rewritten.get(text(command.get(1)).toLowerCase(Locale.ROOT));
                return body == null ? command : replace(command, 1, sha1(body));
            }
            case "SCRIPT" -> {
                String sub = text(command.get(1)).toUpperCase(Locale.ROOT);
                if (sub.equals("LOAD") && command.size() == 3) {
                    String body = rewrite(text(command.get(2)));
                    return body == null ? command : replace(command, 2, body);
                }
                if (sub.equals("EXISTS")) {
                    List<byte[]> out = new ArrayList<>(command);
                    for (int i = 2; i < out.size(); i++) {
                        String body = rewritten.get(text(out.get(i)).toLowerCase(Locale.ROOT));
                        if (body != null) {
                            out.set(i, bytes(sha1(body)));
                        }
                    }
                    return out;
                }
                return command;
            }
            default -> {
                return command;
            }
        }
    }

    /** The reply of SCRIPT LOAD names the digest of the body the client sent (as on Upstash), not of our rewrite. */
    RespReply toClient(List<byte[]> command, List<byte[]> sent, RespReply reply) {
        if (command != sent && command.size() == 3 && reply instanceof RespReply.Bulk
                && text(command.get(0)).equalsIgnoreCase("SCRIPT") && text(command.get(1)).equalsIgnoreCase("LOAD")) {
            return new RespReply.Bulk(bytes(sha1(text(command.get(2)))));
        }
        return reply;
    }

    /** The body Redis 7 runs for a flagged script, or null when the script does not carry the flag. */
    private String rewrite(String source) {
        Matcher shebang = SHEBANG.matcher(source);
        if (!shebang.find() || shebang.group(1) == null) {
            return null;
        }
        List<String> flags = new ArrayList<>();
        boolean flagged = false;
        for (String flag : shebang.group(1).trim().split(",")) {
            if (flag.trim().equals(FLAG)) {
                flagged = true;
            } else if (!flag.isBlank()) {
                flags.add(flag.trim());
            }
        }
        if (!flagged) {
            return null;
        }
        String line = flags.isEmpty() ? "#!lua" : "#!lua flags=" + String.join(",", flags);
        String body = line + "\n" + PRELUDE + source.substring(shebang.end());
        rewritten.put(sha1(source), body);
        return body;
    }

    private static List<byte[]> replace(List<byte[]> command, int index, String value) {
        List<byte[]> out = new ArrayList<>(command);
        out.set(index, bytes(value));
        return out;
    }

    static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(bytes(text)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
