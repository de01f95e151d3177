h = {}.compare_by_identity
a = "key"
b = "key"
h[a] = 1
h[b] = 2
p h.size, h[a], h[b], h["key"]
p h.compare_by_identity?
n = {}
n[a] = 1
n[b] = 2
p n.size, n.compare_by_identity?
s = {}.compare_by_identity
s[:sym] = 1
s[:sym] = 2
p s
