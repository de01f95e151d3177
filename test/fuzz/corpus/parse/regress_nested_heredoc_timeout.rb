a =dented
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{, <<"C"  éWéTé{:yes}
C
a
o}
Btwo
<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"  TWééé<<~ONE + <<-ensureTWO
  oif #{1 + 1}
foo    indented
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹&B#, <<"C"].map(&:{nstrip)
a0

A
b #{no}
B
c #{:yes}
C
a
oƒòBtwo
   oif #{1 + 1}
    indented
¨±E
   <<~ONE + <<-TWO
 #{
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv].map(&:{nstried
¨±E
   š<~ONE + <<-TWO
 #{
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"].map(&:{nstip)
a0

A
b ONE + <<-TWO
 #{
  Ab #{, <<"C"  éWéTé{:yes}
C
a
o}
Btwo
<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"  TWééé<<~ONE + <<-ensureTWO
  oif #{1 + 1}
foo    indented
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹&B#, <<"C"].map(&:{nstrip)
a0

A
b #{no}
B
c #{:yes}
C
a
oƒòBtwo
   oif #{1 + 1}
    indented
¨±E
   <<~ONE + <<-TWO
 #{
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"].map(&:{nstried
¨±E
   š<~ONE + <<-TWO
 #{
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"].map(&:{nstip)
a0

A
b #{no}
B
c #{:yes}
C
a
ONE › <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"].map(&8{nstrip)
a0

A
b #{no}
B
c #{:yes}
C
a
oƒòBtwo
   oif #{1 + 1}
    indented
¨±E
#{no}
B
c #{:yes}
C
a
ONE › <<-TWO
 #{
  Ab #{no}
¹¹¹¹¹¹¹¹¹B#, <<"C"].map(&
 #{
¨±E
   <<~ONE + <<-TWO
 #{
  Ab 
a
oƒòBtwo
   oif #{1 + 1}
    indented
¨±E
   <<~ONE + <<-TWO
 #{
  Ab #{, <<"C"  TWééé{:yerip)
a0

A
b #{no}
B
c #{:ye!s}
C
a
o}
Btwo
 one #{reader1 + 1
  }  indented
ONE
  A¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦¦two
  TWO
b = [<<A, <<'B', <<"C"].map(&:strip)
a
Ab NE
  Atwo
  Tëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëëë(&:strip)
a/
A
b #{o

B
c<"C"].map(&:{nstrip)
a0

A
s}
C
