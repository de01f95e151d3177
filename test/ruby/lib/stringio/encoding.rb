# StringIO#set_encoding (the String takes it unless frozen; reads return it) and write
# keeping the String's encoding whatever the written text's.
require 'stringio'
s = StringIO.new("caf\u00e9".freeze); s.set_encoding("ISO-8859-1"); p s.read.encoding, s.external_encoding, s.string.encoding
s2 = StringIO.new(+"abc"); p s2.set_encoding(nil).external_encoding, s2.string.encoding
s2.set_encoding("BINARY"); p s2.string.encoding, s2.read.encoding, s2.external_encoding
s3 = StringIO.new(+"xy"); s3.set_encoding(Encoding::ISO_8859_1); p s3.gets.encoding, s3.string.encoding
s3.rewind; p s3.getc.encoding
s4 = StringIO.new(+"é"); s4.set_encoding("ASCII-8BIT"); s4.write("x"); p s4.string.encoding
s4.string = +"new"; p s4.external_encoding
s5 = StringIO.new("".b); s5.write("é"); s5.write("\xff".b); p s5.string, s5.string.encoding
s6 = StringIO.new(+"abc"); s6.write("é".encode("ISO-8859-1")); p s6.string, s6.string.encoding
s7 = StringIO.new(+"héllo"); s7.seek(1); s7.write("E"); p s7.string, s7.string.valid_encoding?
s8 = StringIO.new(+""); s8.print("a", 1, :b); s8.puts("é"); s8 << "z"; p s8.string, s8.string.encoding
