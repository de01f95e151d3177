"""Persistent code: what is defined in persistent mode (classes, modules, methods of every
kind, constants, class variables and class-level instance variables, mixins, Struct
classes, autoload) is there in a fresh VM; what is defined in transient mode is not,
even on persistent classes; the constant matrix; abort dropping uncommitted persistent
definitions; class redefinition and Object#become; persistent $LOADED_FEATURES;
unpersistable objects; -Mpersistent, --stone/--repo and an unreachable stone."""
import os

import harness
from harness import check, check_eq
from persist_helpers import Vm, ok, ruby, stop

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'persist')


def test_definitions_persist(env):
    try:
        r = env.run(['maglev-ruby', '-Mcommit', os.path.join(HERE, 'define.rb')])
        check_eq((r.stdout, r.stderr, r.returncode), ('', '', 0), 'maglev-ruby -Mcommit define.rb')
        with open(os.path.join(HERE, 'use.out')) as f:
            want = f.read()
        r = env.run(['maglev-ruby', os.path.join(HERE, 'use.rb')])
        check_eq((r.stdout, r.stderr, r.returncode), (want, '', 0), 'use.rb in a fresh VM')
    finally:
        stop(env)


def test_transient_by_default(env):
    try:
        ok(env, 'class Plain; end; Maglev.persistent { class Kept; def a; :a; end; end }; '
                'class Kept; def b; :b; end; end; Maglev.commit_transaction')
        check_eq(ok(env, 'p defined?(Plain), Kept.new.a, Kept.new.respond_to?(:b)'),
                 'nil\n:a\nfalse\n', 'transient definitions stay in their VM')
        # -Mpersistent starts in persistent mode (without committing by itself).
        check_eq(ok(env, 'p Maglev.persistent?; class ByFlag; end; Maglev.commit_transaction',
                    '-Mpersistent'), 'true\n', '-Mpersistent')
        check_eq(ok(env, 'p defined?(ByFlag)'), '"constant"\n', 'defined under -Mpersistent')
        check_eq(ok(env, 'p Maglev.persistent? ; x = Maglev.persistent { Maglev.transient { '
                         'Maglev.persistent? } } ; p x, Maglev.transient?'),
                 'false\nfalse\ntrue\n', 'nesting')
    finally:
        stop(env)


def test_constant_matrix(env):
    try:
        ok(env, 'Maglev.persistent { PC = :persistent }; Maglev.commit_transaction')
        check_eq(ok(env, 'PC = :transient; p PC; Maglev.commit_transaction; p PC', '-W0'),
                 ':transient\n:transient\n', 'a transient constant shadows in its VM')
        check_eq(ok(env, 'p PC'), ':persistent\n', 'a fresh VM sees the persistent value')
        ok(env, 'Maglev.persistent { PC2 = [1] }; Maglev.commit_transaction')
        ok(env, 'Maglev.persistent { Object.send(:remove_const, :PC2) }; Maglev.commit_transaction')
        check_eq(ok(env, 'p defined?(PC2)'), 'nil\n', 'remove_const in persistent mode')
    finally:
        stop(env)


def test_abort_drops_persistent_definitions(env):
    try:
        ok(env, 'Maglev.persistent { class Car; def go; :v1; end; end }; Maglev.commit_transaction')
        out = ok(env, 'Maglev.persistent { class Car; def go; :v2; end; def fresh; end; end; '
                      'NEWC = 1 }; p Car.new.go; Maglev.abort_transaction; '
                      'p Car.new.go, Car.new.respond_to?(:fresh), defined?(NEWC)')
        check_eq(out, ':v2\n:v1\nfalse\nnil\n', 'abort restores the committed definitions')
        check_eq(ok(env, 'p Car.new.go'), ':v1\n', 'nothing was committed')
    finally:
        stop(env)


def test_class_redefinition_and_become(env):
    try:
        ok(env, 'Maglev.persistent { class Car; def initialize; @w = 4; end; def go; :v1; end; end }; '
                'Maglev[:old] = Car.new; Maglev.commit_transaction')
        ok(env, 'Maglev.persistent { Object.send(:remove_const, :Car); '
                'class Car; def go; :v2; end; end }; Maglev[:new] = Car.new; Maglev.commit_transaction')
        check_eq(ok(env, 'p Maglev[:old].go, Maglev[:new].go, Maglev[:old].class.equal?(Car)'),
                 ':v1\n:v2\nfalse\n', 'old instances keep the old class')
        ok(env, 'o = Maglev[:old]; n = Car.allocate; n.instance_variable_set(:@w, 4); '
                'o.become(n); Maglev.commit_transaction')
        check_eq(ok(env, 'o = Maglev[:old]; p o.go, o.class.equal?(Car), o.instance_variable_get(:@w)'),
                 ':v2\ntrue\n4\n', 'become migrated the instance')
    finally:
        stop(env)


def test_running_vm_sees_new_code_after_abort(env):
    try:
        ok(env, 'Maglev.persistent { class Car; def go; :v1; end; end }; Maglev.commit_transaction')
        b = Vm(env)
        check_eq(b.step('p Car.new.go, Car.new.respond_to?(:honk), defined?(Bus)'),
                 ':v1\nfalse\nnil\n', 'before')
        ok(env, 'Maglev.persistent { class Car; def go; :v2; end; def honk; :honk; end; end; '
                'class Bus; end }; Maglev.commit_transaction')
        check_eq(b.step('p Car.new.go, defined?(Bus)'), ':v1\nnil\n', 'same snapshot')
        check_eq(b.step('Maglev.abort_transaction; p Car.new.go, Car.new.honk, defined?(Bus)'),
                 ':v2\n:honk\n"constant"\n', 'after abort')
        check_eq(b.step('p Car.committed?, Car.new.committed?, "x".committed?'),
                 'true\nfalse\nfalse\n', 'committed?')
        b.close()
    finally:
        stop(env)


def test_singleton_methods_of_objects(env):
    try:
        ok(env, 'o = Object.new; o.instance_variable_set(:@n, 3); '
                'Maglev.persistent { def o.twice; @n * 2; end }; def o.transient_only; end; '
                'Maglev[:o] = o; Maglev.commit_transaction')
        check_eq(ok(env, 'o = Maglev[:o]; p o.twice, o.respond_to?(:transient_only), '
                         'o.singleton_methods'),
                 '6\nfalse\n[:twice]\n', 'persistent singleton method, transient one gone')
    finally:
        stop(env)


def test_loaded_features(env):
    try:
        lib = env.write('lib/counter_lib.rb',
                        'Maglev[:loads] = (Maglev[:loads] || 0) + 1\n'
                        'class LibClass; def hi; :hi; end; end\n')
        libdir = os.path.dirname(lib)
        check_eq(ok(env, 'Maglev.persistent { p require("counter_lib") }; Maglev.commit_transaction',
                    '-I', libdir), 'true\n', 'first require')
        check_eq(ok(env, 'p require("counter_lib"), LibClass.new.hi, Maglev[:loads]', '-I', libdir),
                 'false\n:hi\n1\n', 'a later VM does not load it again')
        # A directory added to $LOAD_PATH in persistent mode is on every later VM's.
        other = os.path.dirname(env.write('more/other_lib.rb', 'OTHER = :other\n'))
        ok(env, f'Maglev.persistent {{ $LOAD_PATH << {other!r} }}; Maglev.commit_transaction')
        check_eq(ok(env, 'require "other_lib"; p OTHER, $LOAD_PATH.include?(' + repr(other) + ')'),
                 ':other\ntrue\n', 'persistent $LOAD_PATH')
        # -Mcommit commits nothing when the script raises.
        bad = env.write('bad.rb', 'class Half; end\nraise "stop"\n')
        r = env.run(['maglev-ruby', '-Mcommit', bad])
        check_eq((r.returncode, r.stderr), (1, 'ERROR 2023 , stop (RuntimeError)\n'), 'raising script')
        check_eq(ok(env, 'p defined?(Half)'), 'nil\n', 'nothing committed after a raise')
    finally:
        stop(env)


def test_unpersistable_objects(env):
    try:
        code = ('Maglev[:ok] = "fine"; '
                'o = Object.new; o.instance_variable_set(:@file, $stderr); Maglev[:log] = o; '
                'begin; Maglev.commit_transaction; rescue Maglev::NotPersistableException => e; '
                'puts e.message; end; '
                'Maglev[:log] = Mutex.new; '
                'begin; Maglev.commit_transaction; rescue Maglev::NotPersistableException => e; '
                'puts e.message; end; '
                'class Trans; end; Maglev[:log] = [Trans.new]; '
                'begin; Maglev.commit_transaction; rescue Maglev::NotPersistableException => e; '
                'puts e.message; end')
        check_eq(ok(env, code),
                 'cannot commit IO (reached by PERSISTENT_ROOT[:log] -> @file)\n'
                 'cannot commit Thread::Mutex (reached by PERSISTENT_ROOT[:log])\n'
                 'cannot commit instance of transient class Trans (reached by PERSISTENT_ROOT[:log][0])\n',
                 'NotPersistableException names the class and the path')
        check_eq(ok(env, 'p Maglev[:ok], Maglev[:log]'), 'nil\nnil\n', 'nothing was committed')
    finally:
        stop(env)


def test_stone_selection(env):
    other = os.path.join(env.home, 'other-repo')
    try:
        ok(env, 'Maglev[:where] = :named; Maglev.commit_transaction', '--stone', 'second')
        ok(env, 'Maglev[:where] = :default; Maglev.commit_transaction')
        check_eq(ok(env, 'p Maglev[:where]', '--stone', 'second'), ':named\n', '--stone NAME')
        check_eq(ok(env, 'p Maglev[:where]'), ':default\n', 'the default repository')
        check_eq(env.run(['maglev', 'create', '--repo', other]).returncode, 0, 'maglev create')
        ok(env, 'Maglev[:where] = :dir; Maglev.commit_transaction', '--repo', other)
        check_eq(ok(env, 'p Maglev[:where]', '--repo', other), ':dir\n', '--repo DIR')
        out, err, status = ruby(env, 'p 1', '-Mpersistent', '--repo', os.path.join(env.home, 'none'))
        check_eq(status, 1, 'status for a repository that does not exist')
        check(err.startswith('maglev-ruby: no repository at ') and 'maglev create' in err,
              f'clear message: {err!r}')
        # A repository whose stone is not running and cannot be started (stopped here, its
        # directory made unwritable is not portable under root): the stone of an existing
        # --repo is started on demand, like the default one.
        env.run(['maglev', 'stop', '--repo', other])
        check_eq(ok(env, 'p Maglev[:where]', '--repo', other), ':dir\n', 'restarted on demand')
    finally:
        env.run(['maglev', 'stop', '--repo', other])
        env.run(['maglev', 'stop', 'second'])
        stop(env)


harness.main()
