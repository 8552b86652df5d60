-- One round trip per authenticated call: validate the session, touch it, count the request.
-- KEYS[1] session hash (spring-session-data-redis layout)
-- ARGV[1] now (ms)  ARGV[2] absolute lifetime (ms)  ARGV[3] rate key prefix  ARGV[4] minute window id
-- Returns {0} unknown, {-1} expired (and deleted), {1, userId, count, secondsLeftInWindow}
local key = KEYS[1]
local now = tonumber(ARGV[1])
local absolute = tonumber(ARGV[2])
local fields = redis.call('HMGET', key, 'creationTime', 'lastAccessedTime', 'maxInactiveInterval', 'sessionAttr:userId')
if not fields[1] or not fields[2] or not fields[3] or not fields[4] then
  return {0}
end
local created = tonumber(fields[1])
local last = tonumber(fields[2])
local idle = tonumber(fields[3])
if created == nil or last == nil or idle == nil or now - last >= idle * 1000 or now - created >= absolute then
  redis.call('DEL', key)
  return {-1}
end
redis.call('HSET', key, 'lastAccessedTime', now)
local ttl = math.floor(math.min(idle * 1000, created + absolute - now) / 1000)
if ttl < 1 then ttl = 1 end
redis.call('EXPIRE', key, ttl)
local user = cjson.decode(fields[4])
local counter = ARGV[3] .. user .. ':' .. ARGV[4]
local count = redis.call('INCR', counter)
if count == 1 then
  redis.call('EXPIRE', counter, 120)
end
return {1, user, count}
