"""Recovery from damage: a torn tail (extent truncated at random offsets) and a flipped
bit return the repository to the newest intact commit; a corrupt page that a VM reads
gives a clear error naming page and repository; a repository that cannot be verified
is refused with a message saying what is wrong."""
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def stream(env, n, nbytes=8):
    oop = sh.counter_init(env)
    r = sh.client(env, 'stream', '--repo', sh.repo(env), '--oop', oop, '--n', n, '--bytes', nbytes)
    return oop, env.write(f'stream-{oop}.log', r.stdout)


def test_torn_tail_random_truncation(env):
    rng = random.Random(int(os.environ.get('MAGLEV_TEST_SEED', time.time())))
    sh.create(env)
    for i in range(10):
        sh.start(env)
        nbytes = rng.choice([8, 5000])
        oop, log = stream(env, rng.randint(5, 60), nbytes)
        sh.kill9_stone(env)  # never a clean stop: everything after the checkpoint is tail
        ext = sh.Extent(env)
        end = (ext.last_nonzero_page() + 1) * 4096
        ext.truncate(rng.randint(ext.checkpoint_end_page() * 4096 + 1, end - 1))
        sh.start(env)
        # Whatever survived is a prefix of the stream: commits up to the counter complete,
        # none after it visible.
        r = sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop, '--log', log,
                      '--bytes', nbytes, '--lossy', 1, check_ok=False)
        check_eq(r.returncode, 0, f'round {i}: {r.stdout} {r.stderr}')
        sh.kill9_stone(env)
    sh.start(env)
    sh.stop(env)
    log = open(os.path.join(sh.repo(env), 'stone.log')).read()
    check('cut a torn tail' in log, 'recovery logged the cut')


def test_truncation_keeps_every_intact_commit(env):
    # Cut exactly inside the last batch: exactly the last commit disappears.
    sh.create(env)
    sh.start(env)
    oop, log = stream(env, 30)
    sh.kill9_stone(env)
    ext = sh.Extent(env)
    last = ext.last_nonzero_page()
    ext.truncate(last * 4096 + 1000)  # tear the final batch record
    sh.start(env)
    check_eq(sh.get(env, oop), '29', 'counter after tearing the last record')
    r = sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop, '--log', log, check_ok=False)
    check('FAIL counter 29 < acknowledged 30' in r.stdout, f'verifier sees exactly one lost commit: {r.stdout}')
    # The repository is usable and grows again past the cut.
    oop2, log2 = stream(env, 10)
    sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop2, '--log', log2)
    sh.stop(env)


def test_flipped_bit_in_newest_batch(env):
    sh.create(env)
    sh.start(env)
    oop, log = stream(env, 20, 3000)
    sh.kill9_stone(env)
    ext = sh.Extent(env)
    last = ext.last_nonzero_page()
    ext.flip_bit(last * 4096 + 200, 3)   # inside the newest batch record
    sh.start(env)
    check_eq(sh.get(env, oop), '19', 'recovered to the commit before the damaged batch')
    sh.stop(env)
    # A flipped bit in a data page of the (now newest) batch: one more step back.
    sh.start(env)
    oop2, _ = stream(env, 5, 3000)
    sh.kill9_stone(env)
    last = ext.last_nonzero_page()
    ext.flip_bit((last - 1) * 4096 + 4000, 0)  # a page before the record
    sh.start(env)
    check_eq(sh.get(env, oop2), '4', 'a bad page takes its batch out')
    sh.stop(env)


def test_corrupt_page_read_by_vm(env):
    sh.create(env)
    sh.start(env)
    first, last = sh.client(env, 'fill', '--repo', sh.repo(env), '--n', 2000).stdout.split()
    sh.counter_init(env)          # a newer batch; the clean stop checkpoints it
    sh.stop(env)
    sh.Extent(env).flip_bit(2 * 4096 + 100, 1)  # first data page of the fill batch
    sh.start(env)                 # the checkpoint verifies: the stone starts
    r = sh.client(env, 'read-all', '--repo', sh.repo(env), '--first', first, '--last', last,
                  check_ok=False)
    check_eq(r.returncode, 2, f'read-all exit status ({r.stdout})')
    check('corrupt' in r.stderr and 'page 2 ' in r.stderr and sh.repo(env) in r.stderr,
          f'error names page and repository: {r.stderr!r}')
    check('FAIL' not in r.stdout and r.stdout == '', f'no wrong data returned: {r.stdout!r}')
    sh.stop(env)


def test_unverifiable_repository_is_refused(env):
    sh.create(env)
    ext = sh.Extent(env)
    ext.flip_bit(100)
    ext.flip_bit(4096 + 100)
    r = sh.start(env, expect_ok=False)
    check_eq(r.returncode, 1, 'maglev start exit status')
    check('no superblock copy verifies' in r.stderr, f'message: {r.stderr!r}')
    # One good copy is enough.
    ext.flip_bit(4096 + 100)
    sh.start(env)
    sh.stop(env)


def test_clean_stop_writes_the_deferred_tree_pages(env):
    # Lone commits defer their object-table pages (--defer-tree); a clean stop flushes
    # them and checkpoints the newest batch, so the next start scans and rebuilds nothing.
    sh.create(env)
    sh.start(env, extra=['--defer-tree'])
    oop, log = stream(env, 40)
    sh.stop(env)
    sh.start(env)
    sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop, '--log', log)
    sh.stop(env)
    lines = open(os.path.join(sh.repo(env), 'stone.log')).read().splitlines()
    recovered = [l for l in lines if 'recovered repository' in l]
    check_eq(len(recovered), 2, 'two starts')
    check('0 batch(es) verified past the checkpoint' in recovered[1], f'second start: {recovered[1]}')
    check(not any('rebuilt the object table' in l for l in lines), 'nothing rebuilt after a clean stop')


def test_missing_repository_is_refused(env):
    r = sh.start(env, name='nothere', expect_ok=False)
    check_eq(r.returncode, 1, 'exit status')
    check('does not exist' in r.stderr, f'message: {r.stderr!r}')


harness.main()
