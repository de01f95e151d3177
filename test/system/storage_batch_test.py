"""txn::WriteBatch and Session::allocate_range (what a VM's commit uses): objects with
ids from one range, written as one batch beside an ordinary write, are read back by the
writing session before its commit, are durable and visible to another session after it,
and a batch naming object id 0 is refused."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def test_batch_commit_and_read_back(env):
    sh.create(env)
    sh.start(env)
    r = sh.client(env, 'batch', '--repo', sh.repo(env), '--n', 5000)
    first, last = r.stdout.split()
    check_eq(int(last) - int(first), 4999, 'the batch covers 5000 consecutive ids')
    r = sh.client(env, 'read-all', '--repo', sh.repo(env), '--first', first, '--last', last)
    check_eq(r.stdout.strip(), 'ok', 'another session reads every batched object')
    sh.stop(env)
    sh.start(env)   # and after a restart (from the extent)
    r = sh.client(env, 'read-all', '--repo', sh.repo(env), '--first', first, '--last', last)
    check('FAIL' not in r.stdout and r.stdout.strip() == 'ok', f'durable: {r.stdout!r}')
    sh.stop(env)


harness.main()
