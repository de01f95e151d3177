# a first comment
# encoding: us-ascii
# only the first line (the second after a shebang) can name the source encoding
p __ENCODING__
p "abc".encoding
