#!lua flags=allow-key-locking
-- One command per authenticated call: validate the session, touch it, count the call; an unknown or expired
-- session counts one failed authentication for the client address instead. Every key is in KEYS (Upstash's
-- allow-key-locking locks only these two, so users do not queue behind one global lock).
-- KEYS[1] session hash (spring-session-data-redis layout; the call budgets live in it: rateWindow, rateCount, ...)
-- KEYS[2] the client address's failed-authentication counter (a 60 s window from its first failure)
-- ARGV[1] now (ms)  ARGV[2] absolute lifetime (ms)  ARGV[3] minute window id
-- ARGV[4] the budget the call counts against: the hash fields ARGV[4]..'Window' and ARGV[4]..'Count'
--         ('rate' for calls, 'import' for import chunks: CallBudget)
-- Returns {0, failures, ttl} unknown, {-1, failures, ttl} expired (and deleted), {1, userId, calls this minute in
-- the budget}
local key = KEYS[1]
local now = tonumber(ARGV[1])
local absolute = tonumber(ARGV[2])
local function failed()
  local count = redis.call('INCR', KEYS[2])
  if count == 1 then
    redis.call('EXPIRE', KEYS[2], 60)
  end
  return {count, redis.call('TTL', KEYS[2])}
end
local budget = ARGV[4] or 'rate'
local window = budget .. 'Window'
local counter = budget .. 'Count'
local fields = redis.call('HMGET', key, 'creationTime', 'lastAccessedTime', 'maxInactiveInterval', 'sessionAttr:userId',
  window)
if not fields[1] or not fields[2] or not fields[3] or not fields[4] then
  local f = failed()
  return {0, f[1], f[2]}
end
local created = tonumber(fields[1])
local last = tonumber(fields[2])
local idle = tonumber(fields[3])
if created == nil or last == nil or idle == nil or now - last >= idle * 1000 or now - created >= absolute then
  redis.call('DEL', key)
  local f = failed()
  return {-1, f[1], f[2]}
end
local count = 1
if fields[5] == ARGV[3] then
  redis.call('HSET', key, 'lastAccessedTime', now)
  count = redis.call('HINCRBY', key, counter, 1)
else
  redis.call('HSET', key, 'lastAccessedTime', now, window, ARGV[3], counter, 1)
end
local ttl = math.floor(math.min(idle * 1000, created + absolute - now) / 1000)
if ttl < 1 then ttl = 1 end
redis.call('EXPIRE', key, ttl)
return {1, cjson.decode(fields[4]), count}
