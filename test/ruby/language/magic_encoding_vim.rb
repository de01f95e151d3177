# vim: set fileencoding=iso-8859-1 :
p __ENCODING__
p "abc".encoding
p "caf\xe9".encoding, "caf\xe9".length
p "caf\xe9".encode("UTF-8")
