# String methods given an object with to_str: index and split used to crash (the
# object went to the Regexp path), prepend and <=> ignored it; method-name arguments
# (send, respond_to?, instance_variable_get) convert through to_str too.
o = Object.new
def o.to_str = "b"
p "abc".index(o), "abc".split(o), "abc".prepend(o), "abc" <=> o, "abc".rindex(o)
p "abc".include?(o), "abc".start_with?(o), "abc".count(o), "abc".delete(o), "abc".partition(o)
n = Object.new
def n.<=>(other) = 1
p "abc" <=> n, "abc" <=> 1, "abc" <=> Object.new
[-> { "abc".index(1) }, -> { "abc".split(1) }, -> { "abc".prepend(1) }, -> { "abc".index(/b/, 9) }].each do |l|
  p l.call
rescue => e
  p [e.class, e.message]
end
m = Object.new
def m.to_str = "upcase"
iv = Object.new
def iv.to_str = "@a"
p "a".send(m), "a".public_send(m), "a".respond_to?(m), Object.new.instance_variable_get(iv)
begin; "a".send(Object.new); rescue TypeError => e; p e.message.sub(/0x\h+/, "X"); end
