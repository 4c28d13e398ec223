-- One fixed request: wrk builds it once, no Lua runs per request.
wrk.method = bench.method
wrk.path = bench.path
wrk.body = bench.body
for name, value in pairs(bench.headers) do wrk.headers[name] = value end
