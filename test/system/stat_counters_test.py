"""maglev-stat --once/--json against a real stone: a clear failure without a stone,
counters that move exactly as a scripted workload says (commits, conflicts, aborts,
latency histograms), cache misses and disk reads after eviction, session rows and the
holder of the oldest snapshot, and the --interval/--count loop."""
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def stat_json(env, *extra):
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--json'] + list(extra))
    check_eq(r.returncode, 0, f'maglev-stat --json: {r.stdout} {r.stderr}')
    lines = [l for l in r.stdout.splitlines() if l.strip()]
    return [json.loads(l) for l in lines]


def sample(env):
    return stat_json(env)[0]


def wait_for(env, pred, what, timeout=10):
    deadline = time.time() + timeout
    while True:
        j = sample(env)
        if pred(j):
            return j
        if time.time() > deadline:
            raise harness.TestFailure(f'{what}; last sample: {json.dumps(j)[:2000]}')
        time.sleep(0.05)


def test_no_stone(env):
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--once'])
    check_eq(r.returncode, 1, 'exit status without a repository')
    check('no maglev-stone is running' in r.stderr and sh.repo(env) in r.stderr, f'message: {r.stderr!r}')
    sh.create(env)
    for extra in ([], ['--json'], ['--json', '--count', '2', '--interval', '0.1']):
        r = env.run(['maglev-stat', '--repo', sh.repo(env)] + extra)
        check_eq(r.returncode, 1, f'exit status without a stone ({extra})')
        check_eq(r.stdout, '', f'nothing on stdout ({extra})')
        check('no maglev-stone is running for repository ' + sh.repo(env) in r.stderr, f'message: {r.stderr!r}')
        check('maglev start' in r.stderr, f'says how to start one: {r.stderr!r}')
    r = env.run(['maglev-stat', 'nosuchrepo', '--once'])
    check_eq(r.returncode, 1, 'exit status for a named repository without a stone')
    check(os.path.join(env.home, 'data', 'nosuchrepo') in r.stderr, f'names the repository: {r.stderr!r}')
    r = env.run(['maglev-stat', '--bogus'])
    check_eq(r.returncode, 1, 'unknown option')


def test_counters_move_with_commits_and_conflicts(env):
    sh.create(env)
    sh.start(env)
    j0 = sample(env)
    check_eq(j0['stone_pid'], sh.stone_pid(env), 'stone pid')
    check_eq(j0['since_start'], True, 'a single sample reports since the stone started')
    c0 = j0['counters']
    check_eq(c0['commits'], 0, 'commits on a fresh stone')
    check(j0['frames']['total'] > 0, 'frames total')
    check_eq(j0['frames']['used'] + j0['frames']['free'] + j0['frames']['busy'], j0['frames']['total'],
             'used + free + busy frames')
    check_eq(j0['commit_latency_us']['count'], 0, 'no commit latencies yet')
    check(j0['commit_latency_us']['p50'] is None, 'p50 is null without commits')

    oop = sh.counter_init(env)
    n = 300
    procs = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop),
                        '--n', str(n)]) for _ in range(2)]
    conflicts = 0
    for p in procs:
        out, err = p.communicate(timeout=300)
        check_eq(p.returncode, 0, f'counter client: {out} {err}')
        conflicts += int(out.split('conflicts=')[1])
    commits = 1 + 2 * n
    # Aborts live in the session slots until the stone folds them in; the monitor counts
    # both, so the total is right whether or not the slots were reclaimed yet.
    j1 = wait_for(env, lambda j: j['counters']['aborts'] == conflicts and not j['sessions'],
                  f'aborts == {conflicts} reported conflicts and no session left')
    c1 = j1['counters']
    check_eq(c1['commits'], commits, 'commits')
    check_eq(j1['newest_commit'], commits, 'newest commit')
    check_eq(c1['conflicts'], conflicts, 'conflicts (as the clients reported them)')
    check(conflicts > 0, 'two clients on one counter met a conflict')
    check(1 <= c1['syncs'] <= commits, f'syncs {c1["syncs"]} within 1..{commits}')
    check_eq(c1['batches'], c1['syncs'], 'one sync per batch')
    check(c1['pages_written'] >= commits, 'at least a page per commit batch')
    check(c1['bytes_appended'] >= c1['pages_written'] * j1['page_size'], 'bytes appended cover the pages')
    check(c1['lookups'] > 0 and c1['hits'] <= c1['lookups'], f'lookups {c1["lookups"]} hits {c1["hits"]}')
    lat = j1['commit_latency_us']
    check_eq(lat['count'], commits, 'one commit latency per commit')
    check(0 < lat['p50'] <= lat['p99'], f'commit p50 <= p99: {lat}')
    check(lat['mean'] > 0, 'mean commit latency')
    check_eq(j1['fsync_latency_us']['count'], c1['syncs'], 'one fsync latency per sync')
    # Where each batch's time went: one time per batch in every phase.
    check_eq(sorted(j0['batch_phase_us']), ['build', 'gather', 'publish'], 'batch phases')
    for phase, l in j1['batch_phase_us'].items():
        check_eq(j0['batch_phase_us'][phase]['count'], 0, f'no {phase} times on a fresh stone')
        check_eq(l['count'], c1['batches'], f'one {phase} time per batch')
        check(l['mean'] >= 0 and l['p50'] <= l['p99'], f'{phase}: {l}')
    check(j1['batch_phase_us']['build']['mean'] > 0, f'building a batch takes time: {j1["batch_phase_us"]}')
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--once'])
    check(re.search(r'batch\s+gather \d\S* \+ build \d\S* \+ fsync \d\S* \+ publish \d\S* \(mean\)', r.stdout),
          f'the text view shows the batch phases: {r.stdout}')
    check(j1['rates']['commits'] > 0, 'commit rate since start')
    check(j1['extent_bytes'] > 0, 'extent size')
    # Cumulative counters only grow.
    for k, v in c0.items():
        check(c1[k] >= v, f'{k} went backwards: {v} -> {c1[k]}')
    sh.stop(env)


def test_misses_after_eviction(env):
    sh.create(env)
    sh.start(env, extra=['--cache-mb', '1'])  # 256 frames of 4 KiB
    # Five commits of ~80 pages: later batches evict the first one's frames. (One batch
    # bigger than the cache would not evict: its pages stay pinned until durable, and
    # the rest are left uncached, counted as install failures.)
    first, last = map(int, sh.client(env, 'fill', '--repo', sh.repo(env), '--n', 8000).stdout.split())
    for _ in range(4):
        sh.client(env, 'fill', '--repo', sh.repo(env), '--n', 8000)
    j0 = sample(env)
    check(j0['counters']['evictions'] > 0, f'filling past the cache evicted frames: {j0["counters"]}')
    check_eq(j0['frames']['used'], j0['frames']['total'], 'a full cache')
    r = sh.client(env, 'read-all', '--repo', sh.repo(env), '--first', first, '--last', last)
    check_eq(r.stdout.strip(), 'ok', 'objects read back')
    j1 = wait_for(env, lambda j: not j['sessions'], 'the reader session was reclaimed')
    d = {k: j1['counters'][k] - j0['counters'][k] for k in j0['counters']}
    check(d['lookups'] > 0, f'lookups moved: {d}')
    check(d['pages_read'] > 0, f'pages were read from disk after eviction: {d}')
    misses = d['lookups'] - d['hits']
    check(misses > 0, f'misses after eviction: {d}')
    check(d['pages_read'] <= misses, f'no more disk reads than misses: {d}')
    check(j1['hit_ratio'] < 1, f'hit ratio since start below 1: {j1["hit_ratio"]}')
    r = j1['rates']
    check(0 < r['misses'] <= r['lookups'], f'misses per second since start: {r}')
    sh.stop(env)


def test_sessions_and_oldest_snapshot(env):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    hold = env.spawn(['storage-client', 'hold', '--repo', sh.repo(env)])
    check_eq(hold.stdout.readline().strip(), 'attached', 'holder attached')
    held = sample(env)['newest_commit']
    for v in (1, 2, 3):
        sh.client(env, 'set', '--repo', sh.repo(env), '--oop', oop, '--value', v)
    j = wait_for(env, lambda j: len(j['sessions']) == 1, 'one session attached')
    s = j['sessions'][0]
    check_eq(s['pid'], hold.pid, 'session pid')
    check_eq(s['program'], 'storage-client', 'session program')
    check_eq(s['state'], 'in-txn', 'the holder is inside a transaction')
    check_eq(s['snapshot'], held, 'session snapshot')
    check(s['snapshot_age_s'] >= 0, 'snapshot age')
    o = j['oldest_snapshot']
    check(o is not None, 'an oldest snapshot is reported')
    check_eq((o['pid'], o['commit'], o['behind'], o['program']), (hold.pid, held, 3, 'storage-client'),
             'oldest snapshot holder')
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--once'])
    check_eq(r.returncode, 0, f'--once: {r.stderr}')
    for field in ('frames', 'hit ratio', 'commits', 'aborts', 'conflicts', 'latency', 'fsync', 'extent',
                  f'newest commit {held + 3}', f'snapshot {held} (3 behind)', f'by pid {hold.pid} storage-client',
                  'PID', 'PROGRAM', 'STATE', 'FAULTS'):
        check(field in r.stdout, f'--once shows {field!r}:\n{r.stdout}')
    check(all(len(l) <= 80 for l in r.stdout.splitlines()), 'lines fit 80 columns')
    hold.kill()
    hold.wait()
    j = wait_for(env, lambda j: not j['sessions'], 'the killed session was reclaimed')
    check(j['oldest_snapshot'] is None, 'no oldest snapshot without sessions')
    sh.stop(env)


def test_interval_and_count(env):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    w = env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop), '--n', '100000'])
    t0 = time.time()
    js = stat_json(env, '--interval', '0.2', '--count', '3')
    elapsed = time.time() - t0
    w.kill()
    w.wait()
    check_eq(len(js), 3, 'one JSON line per sample')
    check(elapsed >= 0.55, f'three intervals of 0.2 s took {elapsed:.2f} s')
    for j in js:
        check_eq(j['since_start'], False, 'loop samples cover one interval')
        check(0.1 < j['interval_s'] < 1.0, f'interval {j["interval_s"]}')
    commits = [j['counters']['commits'] for j in js]
    check(commits == sorted(commits) and commits[-1] > commits[0], f'commits grow under load: {commits}')
    check(any(j['rates']['commits'] > 0 for j in js), 'a commit rate under load')
    for a, b in zip(js, js[1:]):
        want = (b['counters']['commits'] - a['counters']['commits']) / b['interval_s']
        check(abs(b['rates']['commits'] - want) <= 0.02 * want + 1, f'rate is delta/interval: {b["rates"]} vs {want}')
    sh.stop(env)


def test_killed_monitors_wedge_nothing(env):
    """Monitors sampling 100 times a second, killed -9 at random moments while two
    clients contend on a counter: the clients finish, the count is exact, and a last
    monitor still reads the stone."""
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    procs = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop), '--n', '300'])
             for _ in range(2)]
    rng = sh.random.Random(7)
    kills = 0
    while any(p.poll() is None for p in procs) or kills < 10:
        m = env.spawn(['maglev-stat', '--repo', sh.repo(env), '--json', '--interval', '0.01'])
        time.sleep(rng.uniform(0, 0.05))
        m.kill()
        m.wait()
        kills += 1
    for p in procs:
        out, err = p.communicate(timeout=300)
        check_eq(p.returncode, 0, f'counter client: {out} {err}')
    check_eq(sh.get(env, oop), '600', 'the counter after 2 x 300 with monitors killed meanwhile')
    j = wait_for(env, lambda j: not j['sessions'], 'sessions reclaimed')
    check_eq(j['counters']['commits'], 601, 'commits')
    sh.stop(env)


harness.main()
