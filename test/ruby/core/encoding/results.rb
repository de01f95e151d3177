# The encoding of what String, Symbol, number, Array, Hash, Range, Time and Module
# methods return (US-ASCII / ASCII-8BIT / other encodings carried through).
exprs = <<~'X'.lines.map(&:chomp)
  {1 => 2}.inspect
  {"a" => 1}.inspect
  {}.inspect
  {a: "é"}.inspect
  Time.at(0).utc.to_s
  Time.at(0).utc.inspect
  1r.to_s
  1i.to_s
  (1..2).to_s
  (1..2).inspect
  1.to_s.center(5)
  1.to_s.ljust(3, "é")
  "é".b.center(4)
  1.to_s.strip
  1.to_s.chomp
  1.to_s.succ
  1.to_s.gsub("1", "é")
  1.to_s.tr("1", "2")
  1.to_s.split("")[0]
  format("%s", 1.to_s)
  1.to_s.chars[0]
  12.to_s.reverse
  1.to_s.slice(0, 1)
  1.to_s.byteslice(0)
  "é".encode("ISO-8859-1").upcase
  "abc".b.upcase
  ("é".encode("ISO-8859-1") * 2)
  1.to_s.each_char.first
  nil.inspect
  1.0.to_s
  "%d" % 1
  1.to_s.capitalize
  1.to_s.swapcase
  1.to_s.squeeze
  1.to_s.delete("x")
  1.to_s.lstrip
  1.to_s.rjust(3)
  1.to_s.prepend("é")
  1.to_s.insert(0, "é")
  1.to_s.dup.concat("é")
  "é".b.sub("x", "y")
  "abc".b[0]
  "abc".b.split("b")[0]
  "abc".b.chars[0]
  "abc".encode("ISO-8859-1").chars[0]
  "abc".b.strip
  "abc".b.tr("a", "b")
  "abc".b.delete("a")
  "abc".b.each_line.first
  "abc".b.lines[0]
  "abc".b.ljust(5)
  "abc".b.dup
  "abc".b.clone
  "abc".b.freeze.to_s
  "abc".b.to_s
  "abc".b.to_str
  "abc".b.succ
  "abc".b + "d"
  "abc".b.slice(1..)
  "abc".b.downcase
  "abc".b.encode("UTF-8")
  ["abc".b].pack("a*")
  [1].pack("U")
  [65].pack("C")
  "abc".b.unpack1("a*")
  "abc".unpack1("a*")
  "abc".unpack1("A*")
  "abc".unpack1("Z*")
  1.to_s.encode("UTF-8")
  String.new("a", encoding: "ISO-8859-1")
  String.new(capacity: 10)
  "a".force_encoding("ISO-8859-1").inspect
  "é".inspect
  "é".b.inspect
  "é".dump
  "é".b.dump
  __method__.to_s
  Integer.name
  Integer.to_s
  Integer.inspect
  1.class.to_s
  :sym.name
  "abc".to_sym.to_s
  ARGV.inspect
  [1.5].join
  3.7.floor.to_s
  10.digits.join
  "a" "b"
  'x'
X
exprs.each do |e|
  v = eval(e) rescue (puts "#{e} => #{$!.class}"; next)
  puts "#{e} => #{v.encoding rescue v.class}"
end
