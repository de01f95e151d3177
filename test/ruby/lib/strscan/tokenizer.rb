require 'strscan'

# A small tokenizer, the way scripts use StringScanner.
def tokenize(src)
  s = StringScanner.new(src)
  tokens = []
  until s.eos?
    if s.skip(/\s+/)
    elsif (t = s.scan(/\d+(\.\d+)?/))
      tokens << [:num, t.include?(".") ? t.to_f : t.to_i]
    elsif (t = s.scan(/[a-z_]\w*/i))
      tokens << [:ident, t]
    elsif (t = s.scan(/"(?:[^"\\]|\\.)*"/))
      tokens << [:str, t[1..-2]]
    elsif (t = s.scan(%r{[-+*/()=]}))
      tokens << [:op, t]
    else
      raise "bad input at #{s.pos}: #{s.peek(5).inspect}"
    end
  end
  tokens
end

p tokenize('x = 3 + 4.5 * (y - "a\"b")')
begin
  tokenize("a $ b")
rescue => e
  p e.message
end
s = StringScanner.new("key: value\nother: thing\n")
h = {}
until s.eos?
  k = s.scan(/\w+/)
  s.skip(/:\s*/)
  v = s.scan_until(/\n/).chomp
  h[k] = v
end
p h
s = StringScanner.new("aaa")
p s.scan(/a/i), s.scan(/A/i), s.scan(/(a)/), s[1]
p StringScanner.new("12ab").scan(/(?<n>\d+)/), $~ && true
