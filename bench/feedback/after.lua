-- the public list by its keyset links (?after=<id>), at random among the cursors in the file $CURSORS (one id a
-- line: the last row of each of the first 400 pages), so that most requests miss the 1 s micro-cache
math.randomseed(42)
local ids = {}
for line in io.lines(os.getenv("CURSORS")) do
  ids[#ids + 1] = line
end
request = function()
  return wrk.format("GET", "/public/reports?after=" .. ids[math.random(1, #ids)])
end
