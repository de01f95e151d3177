"""The write barrier: commit, abort and needs_commit? see only the persistent objects
marked dirty, so every way of changing one must mark it. The harness runs every VM with
MAGLEV_CHECK_BARRIER=1, which re-encodes every clean persistent object at each commit,
abort and needs_commit? and kills the VM when one changed unmarked."""
import os

import harness
from harness import TestFailure, check_eq
from persist_helpers import ok, stop

SWEEP = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'persist', 'barrier_sweep.rb')


def test_every_mutator_marks_its_receiver(env):
    try:
        r = env.run(['maglev-ruby', SWEEP, 'setup'])
        check_eq((r.returncode, r.stderr), (0, ''), 'setup')
        r = env.run(['maglev-ruby', SWEEP, 'sweep'], timeout=300)
        check_eq((r.returncode, r.stderr), (0, ''), 'sweep (a missed barrier aborts the VM)')
        calls = int(r.stdout.split()[-1])
        if calls < 5000:
            raise TestFailure(f'the sweep made only {calls} calls')
    finally:
        stop(env)


SETUP = r'''
Maglev.persistent do
  class Counter
    attr_accessor :label
    @@made = 0
    @instances = 0
    def initialize; @n = 0; end
    def bump; @n += 1; end
    def self.count!; @instances += 1; @@made += 1; end
    def self.made; [@instances, @@made]; end
  end
  Pair = Struct.new(:l, :r)
end
n = 0
Maglev[:c] = Counter.new
Maglev[:tick] = -> { n += 1 }
Maglev[:a] = [3, 1, 2]
Maglev[:s] = +"abc"
Maglev[:h] = {x: 1}
Maglev[:pair] = Pair.new(1, 2)
Maglev[:set] = Set[1]
Maglev[:t] = Time.at(0, in: "+09:00")
Maglev[:o] = Object.new
Maglev.commit_transaction
'''

# Each line changes a committed object by a different path; a fresh VM must see it.
CHANGE = r'''
c = Maglev[:c]
c.bump; c.bump                    # @n += 1 in a method (the interpreter's setivar)
c.label = "L"                     # attr_writer
Counter.count!                    # class-level ivar and class variable
Maglev[:tick].call; Maglev[:tick].call   # a captured variable of a persisted lambda
Maglev[:a].sort!
Maglev[:s].setbyte(0, 65); Maglev[:s] << "d"
Maglev[:h].default = 5; Maglev[:h][:y] = 2
Maglev[:pair].r = [9]
Maglev[:set] << 2
Maglev[:t].utc
Maglev[:o].instance_variable_set(:@v, 1); Maglev[:o].freeze
p Maglev.needs_commit?
Maglev.commit_transaction
p Maglev.needs_commit?
'''

SHOW = r'''
c = Maglev[:c]
p c.instance_variable_get(:@n), c.label, Counter.made, Maglev[:tick].call
p Maglev[:a], Maglev[:s], Maglev[:h], Maglev[:h][:zz], Maglev[:pair], Maglev[:set].to_a
p Maglev[:t].utc?, Maglev[:o].instance_variable_get(:@v), Maglev[:o].frozen?
'''


def test_changes_reach_a_fresh_vm(env):
    try:
        ok(env, SETUP)
        check_eq(ok(env, CHANGE), 'true\nfalse\n', 'needs_commit? before and after')
        check_eq(ok(env, SHOW),
                 '2\n"L"\n[1, 1]\n3\n'
                 '[1, 2, 3]\n"Abcd"\n{:x=>1, :y=>2}\n5\n#<struct Pair l=1, r=[9]>\n[1, 2]\n'
                 'true\n1\ntrue\n', 'what a fresh VM sees')
    finally:
        stop(env)


def test_abort_drops_marked_changes(env):
    try:
        ok(env, SETUP)
        out = ok(env, 'Maglev[:a] << 4; Maglev[:c].bump; Maglev[:s].upcase!\n'
                      'Maglev.abort_transaction\n'
                      'p Maglev[:a], Maglev[:c].instance_variable_get(:@n), Maglev[:s], '
                      'Maglev.needs_commit?')
        check_eq(out, '[3, 1, 2]\n0\n"abc"\nfalse\n', 'after abort')
    finally:
        stop(env)


harness.main()
