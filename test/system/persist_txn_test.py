"""Transactions between VMs: snapshot isolation, abort, write-write conflicts with
CommitFailedException#conflicts, Maglev.transaction retrying, and an increment loop
run by several VMs at once that must add up exactly."""
import harness
from harness import check, check_eq
from persist_helpers import Vm, ok, stop


def test_snapshot_isolation_and_abort(env):
    try:
        ok(env, 'Maglev[:n] = 1; Maglev.commit_transaction')
        a, b = Vm(env), Vm(env)
        check_eq(b.step('p Maglev[:n]'), '1\n', 'B before A commits')
        a.step('Maglev[:n] = 2; Maglev.commit_transaction')
        check_eq(b.step('p Maglev[:n]'), '1\n', 'B keeps its snapshot')
        check_eq(ok(env, 'p Maglev[:n]'), '2\n', 'a fresh VM sees the newest commit')
        b.step('Maglev.abort_transaction')
        check_eq(b.step('p Maglev[:n]'), '2\n', 'B after abort')
        # Abort throws away local changes to persistent objects, keeps transient ones.
        b.step('Maglev[:n] = 99; $t = [1]; Maglev.abort_transaction')
        check_eq(b.step('p Maglev[:n], $t'), '2\n[1]\n', 'abort drops persistent changes only')
        check_eq(b.step('p Maglev.needs_commit?; Maglev[:x] = 1; p Maglev.needs_commit?'),
                 'false\ntrue\n', 'needs_commit?')
        a.close()
        b.close()
    finally:
        stop(env)


def test_conflict_and_retry(env):
    try:
        ok(env, 'Maglev[:c] = {v: 0}; Maglev.commit_transaction')
        a, b = Vm(env), Vm(env)
        a.step('Maglev[:c][:v] += 1')
        b.step('Maglev[:c][:v] += 10')
        a.step('Maglev.commit_transaction')
        out = b.step('begin; Maglev.commit_transaction; rescue Maglev::CommitFailedException => e; '
                     'p e.class.ancestors.include?(Maglev::MaglevException); '
                     'p e.conflicts.map { |o| o.equal?(Maglev[:c]) }; end')
        check_eq(out, 'true\n[true]\n', 'the loser learns what conflicted')
        check_eq(b.step('p Maglev[:c][:v]'), '10\n', 'local change kept until abort')
        check_eq(b.step('begin; Maglev.commit; rescue => e; p e.class; end'),
                 'Maglev::CommitFailedException\n', 'a doomed transaction stays doomed')
        b.step('Maglev.abort_transaction')
        check_eq(b.step('p Maglev[:c][:v]'), '1\n', 'after abort')
        out = b.step('r = Maglev.transaction { Maglev[:c][:v] += 10 }; p r')
        check_eq(out, '11\n', 'Maglev.transaction returns the block value')
        check_eq(ok(env, 'p Maglev[:c]'), '{:v=>11}\n', 'committed by the retry helper')
        a.close()
        b.close()
    finally:
        stop(env)


def test_uncaught_conflict_exit(env):
    """A commit that loses and is not rescued: MagLev's error line 2407, status 1, and the
    repository keeps the winner's value."""
    try:
        ok(env, 'Maglev[:k] = [0]; Maglev.commit_transaction')
        go = env.home + '/go'
        loser = env.spawn(['maglev-ruby', '-e', 'Maglev[:k][0] = 1; puts "ready"; '
                           f'sleep 0.01 until File.exist?("{go}"); Maglev.commit_transaction; '
                           'puts "not reached"'])
        check_eq(loser.stdout.readline(), 'ready\n', 'the loser has changed its copy')
        ok(env, 'Maglev[:k][0] = 2; Maglev.commit_transaction')
        open(go, 'w').close()
        out, err = loser.communicate(timeout=60)
        check_eq(out, '', 'output after the failed commit')
        check(err.startswith('ERROR 2407 , ') and
              err.endswith(' (Maglev::CommitFailedException)\n'), f'error line: {err!r}')
        check_eq(loser.returncode, 1, 'exit status of the loser')
        check_eq(ok(env, 'p Maglev[:k]'), '[2]\n', 'the winner\'s value stays')
    finally:
        stop(env)


def test_concurrent_increments(env):
    try:
        ok(env, 'Maglev[:counter] = [0]; Maglev.commit_transaction')
        n, per = 4, 50
        code = (f'conflicts = 0; {per}.times do; begin; Maglev.abort_transaction; '
                'Maglev[:counter][0] += 1; Maglev.commit_transaction; '
                'rescue Maglev::CommitFailedException; conflicts += 1; retry; end; end; '
                'puts conflicts')
        procs = [env.spawn(['maglev-ruby', '-e', code]) for _ in range(n)]
        total_conflicts = 0
        for p in procs:
            out, err = p.communicate(timeout=300)
            check_eq((p.returncode, err), (0, ''), 'incrementing VM')
            total_conflicts += int(out)
        check_eq(ok(env, 'p Maglev[:counter][0]'), f'{n * per}\n', 'final counter')
        print(f'{n} VMs x {per} increments: {total_conflicts} conflicts retried')
    finally:
        stop(env)


harness.main()
