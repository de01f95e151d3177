# String#undump inverts dump, for each encoding, and rejects malformed input.
["abc", "a\nb\t\e\"\\#", "\u00e9\u{1F600}", "\xff".b, "é".encode("ISO-8859-1"),
 "\x01\x7f", "\#{x}", "é".encode("UTF-16LE"), "\u3042"].each do |s|
  d = s.dump
  u = d.undump
  p [d, u, u.encoding, u == s]
end
['"\u00e9"', 'abc', '"a"b"', '"\\u{41 42}"', "\"\\xA\"", '"\\x41\\u0042"'].each do |x|
  p x.undump
rescue RuntimeError => e
  p e
end
