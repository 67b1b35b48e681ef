-- A citizen's visit at twice a province's peak: the portal's home page, a programme's progress, the poverty lists
-- under public posting, the public reports list, and one visit in ten sends a report (the form, then the post with
-- the form's challenge; load.sh starts the app with the proof of work at 0 bits and the per-address limit lifted,
-- since every simulated citizen comes from 127.0.0.1). Then the next citizen.
package.path = package.path .. ";" .. (os.getenv("LOAD_DIR") or "bench/load") .. "/?.lua"
require("common")

local step = 0
local visits = 0
local challenge, category, place = nil, nil, nil

init = function(args)
  open_log("citizen")
end

request = function()
  step = step + 1
  if step == 1 then
    cookie = nil
    return send("portal", "GET", "/public")
  elseif step == 2 then
    return send("portal", "GET", "/public/programmes/1")
  elseif step == 3 then
    return send("portal", "GET", "/public/poverty")
  elseif step == 4 then
    return send("reports-list", "GET", "/public/reports")
  elseif step == 5 and (id + visits) % 10 == 0 then
    return send("report-form", "GET", "/public/reports/new")
  elseif step == 6 and challenge then
    return send("report-post", "POST", "/public/reports/new",
      { ["Content-Type"] = "application/x-www-form-urlencoded" },
      "challenge=" .. urlencode(challenge) .. "&nonce=0&website=&category=" .. urlencode(category or "")
        .. "&place=" .. urlencode(place or "") .. "&address=" .. urlencode("Ngõ 5, đường Trần Phú")
        .. "&description=" .. urlencode("Rác thải đổ bừa bãi ở đầu ngõ, đề nghị thu gom (thử tải)")
        .. "&anonymous=on&_csrf=" .. urlencode(csrf or ""))
  else
    step = 1
    visits = visits + 1
    cookie = nil
    challenge = nil
    return send("portal", "GET", "/public")
  end
end

response = function(status, headers, body)
  record(status)
  remember(headers, body)
  if kind == "report-form" and body then
    challenge = body:match('name="challenge" value="([^"]+)"')
    category = body:match('name="category"[^>]*>.-<option[^>]-value="([^"]+)"')
    place = body:match('name="place"[^>]*>.-<option[^>]-value="([^"]+)"')
  end
end
