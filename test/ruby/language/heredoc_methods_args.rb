def show(a, b) = puts("A=#{a.inspect} B=#{b.inspect}")
show(<<~ONE, <<~TWO)
  first
ONE
  second
TWO
list = [<<~X.strip, "mid", <<~Y.strip]
  top
X
  bottom
Y
p list
h = { sql: <<~SQL.gsub(/\s+/, " ").strip }
  SELECT a,
         b
  FROM t
SQL
p h
s = <<~EOS.lines.map(&:chomp).map(&:upcase)
  x
  y
EOS
p s
