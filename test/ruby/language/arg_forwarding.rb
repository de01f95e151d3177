def target(*args, **kw, &blk)
  "args=#{args} kw=#{kw} blk=#{blk ? blk.call : 'none'}"
end
def fwd(...) = target(...)
def fwd_lead(a, ...) = target(a * 10, ...)
puts fwd(1, 2, x: 3) { "B" }
puts fwd
puts fwd_lead(1, 2)
def splat_fwd(*a, **k, &b) = target(*a, **k, &b)
puts splat_fwd(4, y: 5)
def anon_block(&) = target(&)
puts anon_block { "anon" } rescue puts "no anon block"
sym_blk = [1, 2, 3].map(&:to_s)
p sym_blk
pr = proc { |x| x * 3 }
p [1, 2].map(&pr)
def block_to_proc(&b) = b
b = block_to_proc { 1 }
p b.class, b.lambda?
p block_to_proc.nil?
def kw_only(a:, b: 2) = [a, b]
opts = { a: 1 }
p kw_only(**opts)
p kw_only(**opts, b: 3)
def last_hash(h) = h
p last_hash(a: 1, b: 2)
def opt_and_kw(a = {}, k: 1) = [a, k]
p opt_and_kw({ x: 1 })
p opt_and_kw(k: 5)
