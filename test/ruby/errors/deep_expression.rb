# A 300,000-term `1+1+...` nests too deep to compile: SystemStackError (rescuable), as
# CRuby 3.1; a 1,000-term one is fine.
src = (["1"] * 300_000).join("+")
begin
  p eval(src)
rescue SystemStackError => e
  p e.class, e.message
end
p eval((["1"] * 1000).join("+"))
