"""The prelude runs from the image compiled at build time (src/vm/snapshot), not from
source: what a program sees of prelude methods must still point into
core/prelude/*.rb exactly (backtrace lines, source_location, __method__), and a VM
that uses many prelude files at once still boots and runs them. Method bodies stay
encoded in the image until first needed: what reads one before its first call (arity,
parameters, persisting an alias of it) must see it whole."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness
from harness import check, check_eq
from persist_helpers import ok, stop

PRELUDE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'vm',
                       'core', 'prelude')
FRAME = re.compile(r'<internal:([a-z_]+\.rb)>:(\d+):in `([^\']+)\'')


def source_line(name, line):
    with open(os.path.join(PRELUDE, name)) as f:
        return f.read().split('\n')[line - 1]


def first_prelude_frame(text):
    for line in text.split('\n'):
        m = FRAME.search(line)
        if m:
            return m.group(1), int(m.group(2)), m.group(3)
    raise harness.TestFailure(f'no prelude frame in {text!r}')


# (program, prelude file, method label, text on the raising source line)
RAISES = [
    ('[1].take(-1)', 'array.rb', 'take', 'attempt to take negative size'),
    ('[[1, 2], [3]].transpose', 'array.rb', 'block in transpose', 'element size differs'),
    # (a Range: Array#sort_by is native)
    ('(1..2).sort_by { |x| x == 1 ? 3 : :a }', 'enumerable.rb', '__cmp_failed', 'comparison of'),
    ('(1..2).each_slice(0) { }', 'enumerable.rb', 'each_slice', 'invalid slice size'),
]


def test_backtraces_point_into_the_prelude_sources(env):
    for program, name, label, text in RAISES:
        r = env.run(['maglev-ruby', '-e', f'begin; {program}; rescue => e; puts e.backtrace; end'])
        check_eq(r.returncode, 0, f'{program}: exit status ({r.stderr!r})')
        got = first_prelude_frame(r.stdout)
        check_eq(got[0], name, f'{program}: file')
        check_eq(got[2], label, f'{program}: label')
        check(text in source_line(name, got[1]),
              f'{program}: {name}:{got[1]} is {source_line(name, got[1])!r}, not the raise')


def test_frames_of_blocks_called_by_prelude_methods(env):
    r = env.run(['maglev-ruby', '-e', '[1].each_with_index.map { |x, i| puts caller(0).first(3) }'])
    check_eq(r.returncode, 0, f'exit status ({r.stderr!r})')
    lines = r.stdout.split('\n')
    check(lines[0].startswith('-e:1:in `block in <main>\''), f'first frame {lines[0]!r}')
    name, line, _ = first_prelude_frame(r.stdout)
    check(name.endswith('.rb') and source_line(name, line).strip() != '',
          f'prelude frame {name}:{line} points at an empty line')


def test_source_location_and_method_names(env):
    r = env.run(['maglev-ruby', '-e',
                 'p Array.instance_method(:take).source_location; '
                 'p Enumerable.instance_method(:each_slice).source_location'])
    check_eq(r.returncode, 0, f'exit status ({r.stderr!r})')
    for out, name, method in zip(r.stdout.strip().split('\n'),
                                 ('array.rb', 'enumerable.rb'), ('take', 'each_slice')):
        m = re.fullmatch(r'\["<internal:([a-z_]+\.rb)>", (\d+)\]', out)
        check(m is not None, f'source_location printed {out!r}')
        check_eq(m.group(1), name, f'{method}: file')
        check(re.match(rf'\s*def {method}\b', source_line(name, int(m.group(2)))),
              f'{method}: line {m.group(2)} is {source_line(name, int(m.group(2)))!r}')


def test_many_prelude_files_in_one_program(env):
    program = ('require "set"; s = Set[3, 1]; p s.sort, Rational(1, 3) + 1, Complex(1, 2) * 2, '
               '[1, 2, 3].each_slice(2).to_a, (1..4).step(2).to_a, "a-b".tr("-", "_"), '
               'Struct.new(:a).new(1).to_a, [1, 2].pack("C*").bytes, Time.at(0).utc.year')
    r = env.run(['maglev-ruby', '-e', program])
    check_eq((r.returncode, r.stderr), (0, ''), 'status and stderr')
    check_eq(r.stdout, '[1, 3]\n(4/3)\n(2+4i)\n[[1, 2], [3]]\n[1, 3]\n"a_b"\n[1]\n[1, 2]\n1970\n',
             'stdout')



def test_methods_read_before_their_first_call(env):
    r = env.run(['maglev-ruby', '-e',
                 'm = Array.instance_method(:take); p m.arity, m.parameters; '
                 'p Enumerable.instance_method(:each_slice).parameters; p [1, 2, 3].take(2)'])
    check_eq((r.stdout, r.stderr, r.returncode),
             ('1\n[[:req, :n]]\n[[:req, :n]]\n[1, 2]\n', '', 0), 'arity and parameters')


def test_persisted_alias_of_a_prelude_method(env):
    try:
        ok(env, 'Maglev.persistent { class Stack < Array; alias_method :top, :take; end }; '
                'Maglev.commit_transaction')
        check_eq(ok(env, 'p Stack.new([3, 4, 5]).top(2)'), '[3, 4]\n', 'the alias in a fresh VM')
    finally:
        stop(env)


harness.main()
