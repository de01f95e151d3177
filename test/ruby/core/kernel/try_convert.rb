# C.try_convert for String, Array, Hash, Regexp, Integer, IO: the object itself, its
# conversion, nil when it has none, TypeError when the conversion returns another class.
class ToS; def to_str = "s"; end
class ToA; def to_ary = [1]; end
class ToH; def to_hash = {a: 1}; end
class ToR; def to_regexp = /r/; end
class Bad; def to_str = 1; def to_ary = "x"; def to_hash = nil; def to_regexp = 2; def to_int = "i"; end
class Priv; private def to_str = "private"; end

p String.try_convert("a"), String.try_convert(ToS.new), String.try_convert(1), String.try_convert(Priv.new)
p Array.try_convert([1]), Array.try_convert(ToA.new), Array.try_convert("a")
p Hash.try_convert({b: 2}), Hash.try_convert(ToH.new), Hash.try_convert([]), Hash.try_convert(Bad.new)
p Regexp.try_convert(/a/), Regexp.try_convert(ToR.new), Regexp.try_convert("a")
p Integer.try_convert(1), Integer.try_convert(1.5), Integer.try_convert("1")
[String, Array, Regexp, Integer].each do |k|
  begin
    k.try_convert(Bad.new)
  rescue TypeError => e
    p e.message
  end
end
s = "x"
p String.try_convert(s).equal?(s)
