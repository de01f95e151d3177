"""Object ids of committing Ruby VMs: new persistent objects take their ids from the ones
granted with commit replies (txn::Session::allocate), so VMs committing at the same time
use one dense sequence and their new objects share object-table leaves. Ids from pools of
its own that double per refill (16, 32, ... 256) left each VM's objects far apart."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq
from persist_helpers import ok, stop

VMS, COMMITS = 4, 300


def test_committing_vms_share_one_id_sequence(env):
    try:
        ok(env, f'{VMS}.times {{ |i| Maglev[:"list#{{i}}"] = [] }}; Maglev.commit_transaction')
        low = sh.counter_init(env)   # the next fresh id now (a pool of 16 from it)
        procs = [env.spawn(['maglev-ruby', '-e',
                            f'a = Maglev[:list{i}]; {COMMITS}.times {{ |j| a << "s#{{j}}"; '
                            f'Maglev.commit_transaction }}'])
                 for i in range(VMS)]
        for p in procs:
            out, err = p.communicate(timeout=300)
            check_eq((p.returncode, err), (0, ''), 'a committing VM')
        high = sh.counter_init(env)
        check_eq(ok(env, f'p (0...{VMS}).map {{ |i| Maglev[:"list#{{i}}"].size }}'),
                 f'{[COMMITS] * VMS}\n', 'every commit is there')
        used = VMS * COMMITS
        span = high - low - 16
        check(span >= used, f'{used} new objects in a span of {span} ids')
        check(span < 1.25 * used, f'{used} new objects took a span of {span} ids: '
                                  'not granted from one sequence')
    finally:
        stop(env)


harness.main()
