# encoding: us-ascii
# The source encoding a magic comment names is that of literals and __ENCODING__.
p __ENCODING__
p "abc".encoding, 'x'.encoding, ?c.encoding
p "\xff".encoding            # a non-ASCII escape in US-ASCII source: ASCII-8BIT
p "\u00e9".encoding          # \u: UTF-8
p "a#{1}b".encoding, "#{2}".encoding, "a#{"\u00e9"}".encoding, "x#{3}\xff".encoding
p %w[a b].map(&:encoding)
p <<~E.encoding
  heredoc
E
p :"dyn#{1}".encoding
s = "lit"
s << "more"
p s, s.encoding
p ("a" + "b").encoding
