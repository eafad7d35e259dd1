-- wrk script of bench/load.py: a weighted mix of read routes, timed per route.
--
-- wrk reports latency for the whole run only, so each thread times its own requests with
-- clock_gettime (LuaJIT FFI). bench/load.py runs wrk with one connection per thread, so a
-- thread's requests and responses strictly alternate and the clock read in request() belongs
-- to the next response(). Each thread appends "route status ms" lines to its own file in the
-- folder named by the second script argument (wrk's thread:get crashes on nested tables, so
-- samples are not gathered in done()); bench/load.py reads them. done() prints one line,
-- "LOADJSON {...}", with wrk's own totals and socket errors.
--
-- The routes file (first script argument) returns {{name=, weight=, urls={...}}, ...}.

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } lt_timespec;
int clock_gettime(int clk_id, lt_timespec *tp);
]]
local ts = ffi.new("lt_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
end

local routes, total_weight, current, started, out

function init(args)
  routes = dofile(args[1])
  total_weight = 0
  for _, r in ipairs(routes) do total_weight = total_weight + r.weight end
  out = assert(io.open(string.format("%s/samples-%d.txt", args[2], thread_no), "w"))
  math.randomseed(1000 + thread_no)
end

local function pick()
  local x = math.random() * total_weight
  for _, r in ipairs(routes) do
    x = x - r.weight
    if x <= 0 then return r end
  end
  return routes[#routes]
end

function request()
  local r = pick()
  current = r.name
  started = now_ms()
  return wrk.format("GET", r.urls[math.random(#r.urls)])
end

function response(status, headers, body)
  out:write(current, " ", status, " ", string.format("%.3f", now_ms() - started), "\n")
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'LOADJSON {"duration_s": %.3f, "requests": %d, ' ..
    '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}}\n',
    summary.duration / 1e6, summary.requests, e.connect, e.read, e.write, e.timeout))
end
