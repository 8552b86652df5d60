// Runs the official @upstash/redis SDK, with its DEFAULTS (auto-pipelining, base64 responses, read-your-writes
// sync token), against UPSTASH_REDIS_REST_URL / UPSTASH_REDIS_REST_TOKEN. Prints one line per mismatch and
// exits 1 if there is any; exits 0 with "upstash-sdk-check: OK" otherwise.
import { Redis } from "@upstash/redis";
import { isDeepStrictEqual } from "node:util";

const url = process.env.UPSTASH_REDIS_REST_URL;
const token = process.env.UPSTASH_REDIS_REST_TOKEN;
if (!url || !token) {
  console.error("upstash-sdk-check: FAIL set UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN");
  process.exit(2);
}

// Record what the SDK really sends, to prove its defaults were exercised against the server.
const exchanges = [];
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init = {}) => {
  const response = await realFetch(input, init);
  exchanges.push({
    path: new URL(String(input)).pathname,
    headers: new Headers(init.headers),
    status: response.status,
    syncToken: response.headers.get("upstash-sync-token"),
  });
  return response;
};

const failures = [];
function expect(what, actual, expected) {
  if (!isDeepStrictEqual(actual, expected)) {
    failures.push(`${what}: expected ${JSON.stringify(expected)} but got ${JSON.stringify(actual)}`);
  }
}
async function attempt(what, action) {
  try {
    await action();
  } catch (error) {
    failures.push(`${what}: threw ${error?.message ?? error}`);
  }
}

const redis = new Redis({ url, token, retry: false }); // SDK defaults otherwise; no retries so failures show at once
const key = (name) => `sdk-check:${process.pid}:${name}`;

await attempt("set/get", async () => {
  expect("set", await redis.set(key("greeting"), "héllo ✓"), "OK");
  expect("get", await redis.get(key("greeting")), "héllo ✓");
  expect("get missing", await redis.get(key("missing")), null);
  expect("set json", await redis.set(key("json"), { a: 1, b: ["x"] }, { ex: 60 }), "OK");
  expect("get json", await redis.get(key("json")), { a: 1, b: ["x"] });
  expect("ttl", (await redis.ttl(key("json"))) > 0, true);
});

await attempt("incr", async () => {
  expect("incr", await redis.incr(key("counter")), 1);
  expect("incrby", await redis.incrby(key("counter"), 5), 6);
});

await attempt("hset/hgetall", async () => {
  expect("hset", await redis.hset(key("hash"), { name: "Ada", visits: 3, ok: "OK" }), 3);
  expect("hgetall", await redis.hgetall(key("hash")), { name: "Ada", visits: 3, ok: "OK" });
  expect("hget", await redis.hget(key("hash"), "name"), "Ada");
});

await attempt("auto-pipelined concurrent calls", async () => {
  const [set, get, incr] = await Promise.all([
    redis.set(key("auto"), "v"),
    redis.get(key("greeting")),
    redis.incr(key("auto-counter")),
  ]);
  expect("auto set", set, "OK");
  expect("auto get", get, "héllo ✓");
  expect("auto incr", incr, 1);
});

await attempt("explicit pipeline", async () => {
  const pipeline = redis.pipeline();
  pipeline.set(key("p"), "1");
  pipeline.incr(key("p"));
  pipeline.get(key("p"));
  pipeline.lrange(key("nolist"), 0, -1);
  expect("pipeline exec", await pipeline.exec(), ["OK", 2, 2, []]);
});

await attempt("multi", async () => {
  const transaction = redis.multi();
  transaction.incr(key("m"));
  transaction.incr(key("m"));
  transaction.get(key("m"));
  expect("multi exec", await transaction.exec(), [1, 2, 2]);
});

await attempt("eval", async () => {
  expect("eval", await redis.eval("return ARGV[1] .. ':' .. KEYS[1]", [key("k")], ["arg"]), `arg:${key("k")}`);
  expect("eval nested", await redis.eval("return {1, 'two', {'three'}}", [], []), [1, "two", ["three"]]);
  await redis.scriptFlush();
  const script = redis.createScript(`return redis.call('INCRBY', KEYS[1], ARGV[1]) -- ${process.pid}`);
  expect("script exec (EVALSHA, NOSCRIPT, EVAL)", await script.exec([key("script")], ["4"]), 4);
  expect("script exec (EVALSHA)", await script.exec([key("script")], ["4"]), 8);
});

await attempt("redis error", async () => {
  try {
    await redis.incr(key("greeting"));
    failures.push("redis error: INCR on text did not fail");
  } catch (error) {
    expect("redis error message", /not an integer/.test(String(error?.message)), true);
  }
});

await attempt("wrong token", async () => {
  const stranger = new Redis({ url, token: "not-the-token", retry: false, enableAutoPipelining: false });
  try {
    await stranger.get(key("greeting"));
    failures.push("wrong token: the request succeeded");
  } catch (error) {
    expect("wrong token message", /Unauthorized/.test(String(error?.message)), true);
  }
});

await attempt("base64 on the wire", async () => {
  const response = await realFetch(url, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Upstash-Encoding": "base64" },
    body: JSON.stringify(["GET", key("greeting")]),
  });
  expect("raw base64 GET", await response.json(), { result: Buffer.from("héllo ✓").toString("base64") });
});

await attempt("cleanup", async () => {
  await redis.del(key("greeting"), key("json"), key("counter"), key("hash"), key("auto"), key("auto-counter"),
    key("p"), key("m"), key("script"));
});

const authorised = exchanges.filter((exchange) => exchange.headers.get("authorization") === `Bearer ${token}`);
expect("SDK auto-pipelines to /pipeline", authorised.some((e) => e.path === "/pipeline"), true);
expect("SDK uses /multi-exec", authorised.some((e) => e.path === "/multi-exec"), true);
expect("SDK sends Upstash-Encoding: base64", authorised.every((e) => e.headers.get("upstash-encoding") === "base64"), true);
expect("server sends upstash-sync-token", authorised.every((e) => Boolean(e.syncToken)), true);
expect("SDK sends the sync token back", authorised.slice(1).some((e) => Boolean(e.headers.get("upstash-sync-token"))), true);

if (failures.length > 0) {
  for (const failure of failures) {
    console.error(`upstash-sdk-check: MISMATCH ${failure}`);
  }
  process.exit(1);
}
console.log(`upstash-sdk-check: OK (${authorised.length} requests through @upstash/redis)`);
