-- An officer's session at twice a province's peak: signs in once (the login page, then the form), opens the
-- dashboard, three lists (households, poverty register, title decisions), one household's page, and one session in
-- five records something (a new organisation through the API with the session's CSRF token). Then the next officer.
package.path = package.path .. ";" .. (os.getenv("LOAD_DIR") or "bench/load") .. "/?.lua"
require("common")

local logins = { { "badinh", "14812" }, { "quangtrung", "14824" } }
local step = 0
local sessions = 0
local household = nil

init = function(args)
  open_log("officer")
end

request = function()
  step = step + 1
  local who = logins[(id + sessions) % #logins + 1]
  if step == 1 then
    cookie = nil
    return send("sign-in", "GET", "/login")
  elseif step == 2 then
    return send("sign-in", "POST", "/login", { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "username=" .. who[1] .. "&password=chungsuc&_csrf=" .. urlencode(csrf or ""))
  elseif step == 3 then
    return send("dashboard", "GET", "/dashboard?programme=1")
  elseif step == 4 then
    return send("list", "GET", "/registry/households?unit=" .. who[2])
  elseif step == 5 then
    return send("list", "GET", "/poverty/households?unit=" .. who[2])
  elseif step == 6 then
    return send("list", "GET", "/recognition/decisions")
  elseif step == 7 then
    return send("household", "GET", "/registry/households/" .. (household or (who[2] .. "-01-0001")))
  else
    if (id + sessions) % 5 == 0 then
      step = 0
      sessions = sessions + 1
      return send("write", "POST", "/api/v1/organisations", { ["Content-Type"] = "application/json",
        ["X-CSRF-TOKEN"] = csrf or "", ["Accept"] = "application/json" },
        string.format('{"name":"Tổ chức tải thử %d-%d","kind":"AGENCY","unitCode":"%s","address":"Số %d phố Tải",'
          .. '"establishedOn":"2001-05-01"}', id, sessions, who[2], sessions))
    end
    step = 1
    sessions = sessions + 1
    cookie = nil
    return send("sign-in", "GET", "/login")
  end
end

response = function(status, headers, body)
  record(status)
  remember(headers, body)
  if kind == "list" and body then
    local h = body:match('href="/registry/households/([%w%-]+)"')
    if h and h ~= "new" then household = h end
  end
end
