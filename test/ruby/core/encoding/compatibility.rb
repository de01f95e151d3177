# Encoding.compatible? and the CompatibilityError of joining incompatible strings.
def try
  r = yield
  p [r, r.encoding]
rescue => e
  p [e.class, e.message]
end
try { "a".b + "é" }
try { "é".b + "a" }
try { "é".b + "é" }
try { "é" + "é".b }
try { "é" + "é".force_encoding("ISO-8859-1") }
try { "é".force_encoding("Windows-1252") + "é".force_encoding("ISO-8859-1") }
try { "a" + "a".force_encoding("UTF-16LE") }
try { "" + "a".force_encoding("UTF-16LE") }
try { "a".force_encoding("UTF-16LE") + "" }
try { s = +"é"; s << "\xff".b; s }
try { s = +"a"; s << "\xff".b; s }
try { "x#{"\xff".b}" }
try { "é#{"\xff".b}" }
try { "é".b.concat("a", "b") }
p Encoding.compatible?("a", "b".b), Encoding.compatible?("é", "b".b), Encoding.compatible?("é".b, "é")
p Encoding.compatible?(Encoding::UTF_8, Encoding::US_ASCII), Encoding.compatible?(Encoding::US_ASCII, Encoding::UTF_8)
p Encoding.compatible?(Encoding::UTF_8, Encoding::BINARY), Encoding.compatible?("", "a".b)
p Encoding.compatible?(Encoding::UTF_16LE, Encoding::UTF_8)
