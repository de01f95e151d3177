"""Data persists by reachability from PERSISTENT_ROOT: every kind of value the issue
lists is committed by one VM and read back, equal and with identity and frozen state
kept, by a fresh VM."""
import harness
from harness import check_eq
from persist_helpers import ok, stop

WRITE = r'''
Maglev.persistent do
  Point = Struct.new(:x, :y)
  class Node
    attr_accessor :val, :next_node
    def initialize(v); @val = v; end
  end
end
r = Maglev::PERSISTENT_ROOT
r[:str] = "hello"
r[:sym] = :world
r[:big] = 2**100
r[:neg] = -(2**70)
r[:floats] = [3.25, 1e300, -0.0]
r[:arr] = [1, "two", :three, [4.0], nil, true, false]
h = Hash.new { |hh, k| hh[k] = k * 2 }
h[:a] = 1
r[:hash] = h
r[:dflt] = Hash.new(42)
ih = {}.compare_by_identity
key = "k"
ih[key] = 1
r[:ident] = [ih, key]
r[:ranges] = [(1..10), (1...), ("a".."c")]
r[:struct] = Point.new(1, [2])
r[:set] = Set[1, 2, 3]
a = Node.new(1); b = Node.new(2); a.next_node = b; b.next_node = a
r[:cycle] = a
shared = "shared"
r[:s1] = shared; r[:s2] = [shared, shared]
x = 10
r[:proc] = proc { |y| x + y }
r[:lambda] = ->(z) { z * x }
r[:frozen] = ["ice".freeze, [1].freeze]
r[:regexp] = /ab+c/i
r[:numeric] = [Rational(3, 4), Complex(1, 2), 1.5r]
r[:time] = [Time.at(0).utc, Time.at(86400 * 365, in: "+09:00")]
Maglev.commit_transaction
'''

READ = r'''
r = Maglev::PERSISTENT_ROOT
p r[:str], r[:sym], r[:big], r[:neg], r[:floats], r[:arr]
h = r[:hash]; p h[:a], h[3], h.keys, h.default_proc.arity
p r[:dflt][:zz]
ih, key = r[:ident]
p ih.compare_by_identity?, ih[key], ih["k"]
p r[:ranges]
p r[:struct], r[:struct].x, Point.members, Point.new(5, 6).y
p r[:set].include?(2), r[:set].size, r[:set].class
a = r[:cycle]; p a.val, a.next_node.val, a.next_node.next_node.equal?(a)
p r[:s1].equal?(r[:s2][0]), r[:s2][0].equal?(r[:s2][1])
p r[:proc].call(5), r[:lambda].call(3), r[:lambda].lambda?, r[:proc].lambda?
p r[:frozen].map(&:frozen?), r[:str].frozen?
p r[:regexp], r[:regexp] =~ "xABBC"
p r[:numeric], r[:time]
p r.keys.size
'''

# What CRuby 3.1 prints for WRITE then READ in one process (a Hash for the root).
EXPECTED = '''"hello"
:world
1267650600228229401496703205376
-1180591620717411303424
[3.25, 1.0e+300, -0.0]
[1, "two", :three, [4.0], nil, true, false]
1
6
[:a, 3]
2
42
true
1
nil
[1..10, 1..., "a".."c"]
#<struct Point x=1, y=[2]>
1
[:x, :y]
6
true
3
Set
1
2
true
true
true
15
30
true
false
[true, true]
false
/ab+c/i
1
[(3/4), (1+2i), (3/2)]
[1970-01-01 00:00:00 UTC, 1971-01-01 09:00:00 +0900]
21
'''


def test_values_round_trip(env):
    try:
        ok(env, WRITE)
        check_eq(ok(env, READ), EXPECTED, 'values read back by a fresh VM')
        # A second reader sees the same (nothing was changed by reading).
        check_eq(ok(env, READ), EXPECTED, 'values read back again')
    finally:
        stop(env)


def test_changes_to_persistent_objects(env):
    try:
        ok(env, 'Maglev[:list] = [1]; Maglev[:h] = {a: 1}; Maglev.commit_transaction')
        ok(env, 'Maglev[:list] << 2; Maglev[:h][:b] = 2; Maglev[:h].delete(:a); '
                'Maglev.commit_transaction')
        check_eq(ok(env, 'p Maglev[:list], Maglev[:h]'), '[1, 2]\n{:b=>2}\n', 'mutations persist')
        # Without a commit nothing changes.
        ok(env, 'Maglev[:list] << 3')
        check_eq(ok(env, 'p Maglev[:list]'), '[1, 2]\n', 'uncommitted change')
    finally:
        stop(env)




def test_instance_variable_layouts(env):
    # Objects name their ivar layout (a shape) instead of carrying the names: layouts made
    # by different VMs for one class, objects with unset or later-added ivars, a reader
    # whose class learnt its ivars in another order, and changes committed by a VM that
    # read objects of several layouts (every VM verifies the barrier: unchanged objects
    # re-encode to the bytes read).
    try:
        ok(env, 'Maglev.persistent { class P; attr_accessor :a, :b, :c; '
                'def initialize(a, b); @a = a; @b = b; end; end }; '
                'Maglev[:one] = [P.new(1, 2), P.new(3, 4)]; Maglev.commit_transaction')
        ok(env, 'Maglev[:two] = [P.new(5, 6)]; q = P.allocate; q.b = 7; Maglev[:two] << q; '
                'Maglev.commit_transaction')
        ok(env, 'x = P.allocate; x.c = 8; x.b = 9; x.a = 10; '
                'p Maglev[:one].map { |o| [o.a, o.b] }; Maglev[:one][0].c = 11; '
                'Maglev[:two][0].a = 12; Maglev[:three] = x; Maglev.commit_transaction')
        # (The order of instance_variables is the class's slot order, which depends on
        # what this VM met first, as CRuby 3.1's is its class's index table order.)
        check_eq(ok(env, 'ivs = ->(o) { o.instance_variables.sort }; '
                         'p Maglev[:one].map(&ivs), Maglev[:two].map(&ivs); '
                         'p Maglev[:one].map { |o| [o.a, o.b, o.c] }, Maglev[:two].map { |o| [o.a, o.b] }; '
                         'x = Maglev[:three]; p [x.a, x.b, x.c], ivs[x]'),
                 '[[:@a, :@b, :@c], [:@a, :@b]]\n'
                 '[[:@a, :@b], [:@b]]\n'
                 '[[1, 2, 11], [3, 4, nil]]\n[[12, 6], [nil, 7]]\n'
                 '[10, 9, 8]\n[:@a, :@b, :@c]\n', 'ivars read back through their layouts')
    finally:
        stop(env)


harness.main()
