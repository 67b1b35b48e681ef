-- Shared by officer.lua and citizen.lua: one wrk thread = one connection = one user at a time, walking a session
-- (a list of steps); every answer is logged as "kind status milliseconds" to a file per thread, which load.sh reads
-- for the counts and the percentiles per kind. The pace is open: the next request leaves INTERVAL ms after the last
-- one was sent (delay()), whatever the answer took, so a slow server does not slow the offered load down.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } timespec;
  int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
function now_ms()
  ffi.C.clock_gettime(1, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local counter = 1
threads = {}

function setup(thread)
  thread:set("id", counter)
  thread:set("out", os.getenv("LOAD_OUT") or "/tmp/load")
  thread:set("interval", tonumber(os.getenv("INTERVAL_MS") or "1000"))
  counter = counter + 1
  table.insert(threads, thread)
end

cookie = nil
csrf = nil
sent_at = 0
kind = nil

function open_log(prefix)
  log = io.open(out .. "/" .. prefix .. "-" .. id .. ".log", "w")
end

function remember(headers, body)
  local c = headers["Set-Cookie"] or headers["set-cookie"]
  if c then
    -- Spring Session's cookie (sessions in PostgreSQL) or the servlet container's, whichever the app sets.
    local s = c:match("(JSESSIONID=[^;]+)") or c:match("(SESSION=[^;]+)")
    if s then cookie = s end
  end
  if body then
    local t = body:match('name="_csrf" value="([^"]+)"') or body:match('name="_csrf" content="([^"]+)"')
    if t then csrf = t end
  end
end

function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(ch) return string.format("%%%02X", string.byte(ch)) end))
end

function send(k, method, path, headers, body)
  kind = k
  sent_at = now_ms()
  headers = headers or {}
  if cookie then headers["Cookie"] = cookie end
  return wrk.format(method, path, headers, body)
end

function record(status)
  log:write(string.format("%s %d %.1f\n", kind, status, now_ms() - sent_at))
  log:flush()
end

function delay()
  return interval
end
