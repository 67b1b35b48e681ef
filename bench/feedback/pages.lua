-- the public list at a random page out of 200 (a page past the end shows the last), so that most requests miss
-- the public pages' 1 s micro-cache, which keys on the whole URL
math.randomseed(42)
request = function()
  return wrk.format("GET", "/public/reports?page=" .. math.random(0, 199))
end
