-- GET round-robin over the lines "<client id> <path>" of bench.requestsFile, formatted once in init.
local requests = {}
local index = 0

function init(args)
  local headers = {}
  for name, value in pairs(bench.headers) do headers[name] = value end
  for line in io.lines(bench.requestsFile) do
    local client, path = line:match("^(%S+)%s+(%S+)$")
    if client then
      headers["MX-Client-ID"] = client
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  if #requests == 0 then error("no requests in " .. bench.requestsFile) end
  index = math.random(#requests) - 1
end

function request()
  index = index % #requests + 1
  return requests[index]
end
