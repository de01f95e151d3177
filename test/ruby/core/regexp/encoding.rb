# The encoding a Regexp has (US-ASCII unless its source, a \u escape or a /u or /n flag fixes
# one; \u{...} escapes; matching strings of other encodings and the errors CRuby raises.
def show(label)
  print label, ": "
  p yield
rescue => e
  puts "#{e.class}: #{e.message}"
end

show("ascii") { [/a/.encoding, /a/.options, /a/.fixed_encoding?, /a/.source.encoding] }
show("utf8 literal") { [/é/.encoding, /é/.options, /é/.fixed_encoding?] }
show("u flag") { [/a/u.encoding, /a/u.options, /a/u.inspect] }
show("n flag") { [/a/n.encoding, /a/n.options, /a/n.inspect, /a/n.fixed_encoding?] }
show("n with bytes") { [/\xff/n.encoding, /\xff/n.options, /\xff/n.inspect, /\xff/n.source] }
show("\\u escape") { [/\u{e9}/.encoding, /\u00e9/.options] }
show("\\u{} matches") { [/\u{41 42}/ =~ "xAB", /[\u{FF9E}\u{FF9F}]/ =~ "a\u{FF9F}", /\u0041/ =~ "A"] }
show("\\u{} source") { [/[\u{FF9E}]/.source, /\u{41 42}/.inspect] }
show("Regexp.new \\u{}") { Regexp.new("\\u{FF9E}") =~ "\u{FF9E}" }
show("Regexp.new enc") { [Regexp.new("a").encoding, Regexp.new("é").options, Regexp.new("\xff".b).encoding] }
show("Regexp.new opts") { [Regexp.new("a", "m").options, Regexp.new("a", true).options, Regexp.new("a", nil, "n").options] }
show("Regexp.new NOENCODING") { [Regexp.new("\\xff", Regexp::NOENCODING).encoding, Regexp::FIXEDENCODING, Regexp::NOENCODING] }
show("invalid multibyte escape") { Regexp.new("\\xff") }
show("valid multibyte escape") { [Regexp.new("\\xC3\\xA9") =~ "café", Regexp.new("\\xC3\\xA9").encoding] }
show("bytes regexp vs utf8") { /\xff/n =~ "é" }
show("bytes regexp vs ascii utf8") { /\xff|b/n =~ "ab" }
show("utf8 regexp vs bytes") { /é/ =~ "\xff".b }
show("utf8 regexp vs ascii bytes") { /é|b/ =~ "ab".b }
show("dot over bytes") { ["\xC3\xA9".b =~ /./, $~[0], "\xC3\xA9".b.scan(/./)] }
show("dot over utf8") { ["\xC3\xA9" =~ /./, $~[0]] }
show("split and gsub bytes") { ["ab\xffc".b.split(/\xff/n), "ab\xffc".b.gsub(/\xff/n, "X"), "a,b".b.split(/,/)] }
show("interpolated") { [/#{"é"}/.encoding, /#{"a"}/.encoding, /#{"a"}/n.encoding, /#{"\xff".b}/.encoding] }
show("equality") { [/a/ == /a/n, /a/.hash == /a/n.hash, /é/ == /é/u, /a/ == /a/i, /a/.eql?(/a/)] }
show("union") { Regexp.union(/a/n, /é/) }
show("marshal") { [Marshal.dump(/é/), Marshal.dump(/a/n), Marshal.load(Marshal.dump(/é/)).options] }
show("utf16 subject") { /a/ =~ "a".encode("UTF-16LE") }
