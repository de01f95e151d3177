"""Shared counter under contention: N storage clients (1, 2, 4, 8) each add 1,000 with
retry on conflict; the total is exact, conflicts happen and name the counter; a second
VM sees a commit with no page read from disk."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def run_counters(env, n):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    procs = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop),
                        '--n', '1000']) for _ in range(n)]
    conflicts = 0
    for p in procs:
        out, err = p.communicate(timeout=300)
        check_eq(p.returncode, 0, f'counter client: {out} {err}')
        conflicts += int(out.split('conflicts=')[1])
    check_eq(sh.get(env, oop), str(1000 * n), f'counter after {n} x 1000')
    if n > 1:
        check(conflicts > 0, f'{n} concurrent clients reported no conflict')
    st = env.run(['maglev', 'status', '--repo', sh.repo(env)])
    check(f'conflicts={conflicts}' in st.stdout, f'status counts conflicts: {st.stdout}')
    sh.stop(env)


def test_counter_1(env):
    run_counters(env, 1)


def test_counter_2(env):
    run_counters(env, 2)


def test_counter_4(env):
    run_counters(env, 4)


def test_counter_8(env):
    run_counters(env, 8)


def test_visibility_without_disk_reads(env):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    w = env.spawn(['storage-client', 'watch', '--repo', sh.repo(env), '--oop', str(oop), '--value', '4242'])
    check_eq(w.stdout.readline().strip(), 'ready', 'watcher attached')
    sh.client(env, 'set', '--repo', sh.repo(env), '--oop', oop, '--value', 4242)
    out, err = w.communicate(timeout=30)
    check_eq(w.returncode, 0, f'watcher: {out} {err}')
    check_eq(out.strip(), 'seen disk_reads=0 listed=1', 'watcher saw the commit from the cache')
    sh.stop(env)


def test_big_object(env):
    sh.create(env)
    sh.start(env)
    for size in (0, 1, 4047, 4048, 4049, 3_000_000):
        r = sh.client(env, 'big', '--repo', sh.repo(env), '--size', size)
        check(r.stdout.startswith('ok'), f'big object of {size} bytes: {r.stdout}')
    sh.stop(env)


harness.main()
