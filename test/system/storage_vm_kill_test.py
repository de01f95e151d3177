"""kill -9 of VMs at random moments (mid-commit, mid-read, mid cache install): the other
VMs keep committing, the stone reclaims the dead sessions, nothing stays locked."""
import os
import random
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def test_kill9_vms(env):
    rng = random.Random(int(os.environ.get('MAGLEV_TEST_SEED', time.time())))
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    # Many objects in a small cache, so readers keep faulting pages in (installs).
    first, last = sh.client(env, 'fill', '--repo', sh.repo(env), '--n', 30000).stdout.split()
    sh.stop(env)
    sh.start(env)  # an empty cache: the readers fault pages in while being killed
    for round_ in range(5):
        survivors = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop),
                                '--n', '300']) for _ in range(2)]
        victims = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop),
                              '--n', '1000000']) for _ in range(2)]
        victims += [env.spawn(['storage-client', 'read-all', '--repo', sh.repo(env), '--first', first,
                               '--last', last]) for _ in range(2)]
        time.sleep(rng.uniform(0.05, 0.4))
        for v in victims:
            time.sleep(rng.uniform(0, 0.05))
            v.send_signal(signal.SIGKILL)
        for v in victims:
            v.wait()
        for s in survivors:
            out, err = s.communicate(timeout=120)
            check_eq(s.returncode, 0, f'round {round_}: survivor: {out} {err}')
    deadline = time.time() + 10
    while sh.sessions(env) != 0 and time.time() < deadline:
        time.sleep(0.1)
    check_eq(sh.sessions(env), 0, 'sessions left after every VM exited')
    # Everything still works: every object readable, and a fresh counter run adds exactly.
    sh.client(env, 'read-all', '--repo', sh.repo(env), '--first', first, '--last', last)
    before = int(sh.get(env, oop))
    check(before >= 5 * 2 * 300, f'survivors\' increments present ({before})')
    sh.client(env, 'counter', '--repo', sh.repo(env), '--oop', oop, '--n', 100)
    check_eq(int(sh.get(env, oop)), before + 100, 'counter after the kills')
    sh.stop(env)


harness.main()
