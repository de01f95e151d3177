"""The extent's segment files: the stone adds them ahead of need, each whole and named
only once written; a VM that attached before a segment existed reads pages from it; the
stone removes what does not belong to the extent (an unfinished segment, one after a
gap) and keeps every commit."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def segments(env):
    return sorted(f for f in os.listdir(sh.repo(env)) if re.fullmatch(r'extent\.\d{12}', f))


def test_many_segments_read_back_after_restart(env):
    sh.create(env)
    sh.start(env)   # 1 MiB segments, 4 MiB cache
    oop = sh.counter_init(env)
    r = sh.client(env, 'stream', '--repo', sh.repo(env), '--oop', oop, '--n', 120, '--bytes', 60000)
    log = env.write('stream.log', r.stdout)
    segs = segments(env)
    check(len(segs) >= 8, f'segments: {segs}')
    check_eq(len(sh.Extent(env).files()), len(segs) + 1, 'the segments follow one another without a gap')
    for f in segs:
        check_eq(os.path.getsize(os.path.join(sh.repo(env), f)), 1 << 20, f'{f} is whole')
    sh.stop(env)
    sh.start(env)   # an empty cache: every page comes from the segments
    r = sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop, '--log', log, '--bytes', 60000)
    check('acked=120 objects=240' in r.stdout, f'every object read back: {r.stdout}')
    stone_log = open(os.path.join(sh.repo(env), 'stone.log')).read()
    check('(ahead of need)' in stone_log, 'segments were created ahead of need')
    sh.stop(env)


def test_unfinished_and_disconnected_segments_are_removed(env):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env, value=41)
    sh.stop(env)
    repo = sh.repo(env)
    end = sh.Extent(env).files()[-1]
    after = end[1] + end[2]
    junk = [os.path.join(repo, 'extent.%012d.new' % after),   # a creation cut short
            os.path.join(repo, 'extent.%012d' % (after + 1000))]  # beyond a gap
    for j in junk:
        with open(j, 'wb') as f:
            f.write(b'\1' * 8192)
    sh.start(env)
    check_eq(sh.get(env, oop), '41', 'the commit is there')
    for j in junk:
        check(not os.path.exists(j), f'{j} removed')
    log = open(os.path.join(repo, 'stone.log')).read()
    check('does not continue the extent' in log and 'did not finish' in log, 'the stone said what it removed')
    sh.stop(env)


harness.main()
