a = <<~ONE + <<-TWO
  one #{1 + 1}
    indented
ONE
  two
  TWO
b = [<<A, <<'B', <<"C"].map(&:strip)
a
A
b #{no}
B
c #{:yes}
C
