#!lua flags=allow-key-locking
-- A fixed-window counter: KEYS[1] counter, ARGV[1] window seconds, ARGV[2] increment (0 = only read).
-- Returns {count, secondsLeft}; the window starts with the first counted event.
local count
if tonumber(ARGV[2]) > 0 then
  count = redis.call('INCRBY', KEYS[1], ARGV[2])
  if count == tonumber(ARGV[2]) then
    redis.call('EXPIRE', KEYS[1], ARGV[1])
  end
else
  count = tonumber(redis.call('GET', KEYS[1]) or '0')
end
local ttl = redis.call('TTL', KEYS[1])
if ttl < 0 then ttl = tonumber(ARGV[1]) end
return {count, ttl}
