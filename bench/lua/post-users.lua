-- POST /users with an identifier no other request of any run used, spread over bench.tenants
-- client ids so no tenant reaches its user limit.
local thread_count = 0
function setup(thread)
  thread:set("thread_id", thread_count)
  thread_count = thread_count + 1
end

local counter = 0
local headers = {}
for name, value in pairs(bench.headers) do headers[name] = value end

function request()
  counter = counter + 1
  local id = thread_id or 0
  headers["MX-Client-ID"] = bench.tenantPrefix .. ((counter + id) % bench.tenants)
  local body = '{"user":{"identifier":"' .. bench.tag .. '-' .. id .. '-' .. counter .. '"}}'
  return wrk.format("POST", bench.path, headers, body)
end
