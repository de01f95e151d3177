# IO reading with external and internal encodings (mode "r:EXT:INT", the keyword options,
# binary mode, set_encoding, binmode) and the conversion of what is read.
path = "io_encoding.tmp"
File.write(path, "caf\xE9\nna\xEFve\n".b)
File.open(path) { |f| p f.external_encoding, f.internal_encoding, f.read.encoding }
File.open(path, "rb") { |f| p f.external_encoding, f.binmode?, f.read.encoding }
File.open(path, "r:ISO-8859-1:UTF-8") { |f| p f.external_encoding, f.internal_encoding, f.gets, f.read }
File.open(path, "r:ISO-8859-1") { |f| l = f.gets; p l, l.encoding, l.valid_encoding?, l.encode("UTF-8") }
p File.read(path, encoding: "ISO-8859-1").encoding, File.read(path, encoding: "ISO-8859-1:UTF-8")
p File.readlines(path, encoding: "ISO-8859-1").map(&:encoding), File.read(path, mode: "rb").encoding, File.binread(path).encoding
p File.open(path, external_encoding: "Windows-1252", internal_encoding: "UTF-8") { |f| f.read }
f = File.open(path)
f.set_encoding("ISO-8859-1")
p f.gets.encoding, f.external_encoding
f.binmode
p f.external_encoding, f.binmode?, f.read.encoding
f.close
p File.read(path).encoding, File.read(path).valid_encoding?
begin
  File.read(path, encoding: "US-ASCII:UTF-8")
rescue => e
  p e.class, e.message
end
File.delete(path)
