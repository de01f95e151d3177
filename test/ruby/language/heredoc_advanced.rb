def show(s) = print(s)
show(<<~ONE)
  one
    indented two
ONE
x = <<~A + <<~B
  a-part
A
  b-part
B
print x
sql = <<-SQL.lines.map(&:strip).join(" ")
  SELECT *
  FROM t
  WHERE x = #{1 + 1}
SQL
p sql
text = <<~EOT

  blank line above
  \ttab escape
  trailing
EOT
p text
p <<~E.length
  abc
E
h = { k: <<~V.chomp, n: 1 }
  value
V
p h
p(<<~'RAW')
  \n stays #{raw}
RAW
