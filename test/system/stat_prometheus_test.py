"""maglev-stat --prometheus: scraped with urllib and parsed as Prometheus text
exposition format; counters and histograms agree with a scripted workload; loopback
by default; the segment is mapped read-only; maglev_up drops to 0 when the stone stops
and the server keeps serving; SIGTERM ends it."""
import os
import re
import signal
import sys
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq

SAMPLE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (\S+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def parse(text):
    """Returns ({name: type}, [(name, {labels}, value)]); fails on any malformed line."""
    types, samples, helps = {}, [], set()
    for line in text.splitlines():
        if not line:
            continue
        if line.startswith('# HELP '):
            helps.add(line.split()[2])
            continue
        if line.startswith('# TYPE '):
            _, _, name, kind = line.split()
            check(kind in ('counter', 'gauge', 'histogram'), f'type {kind}')
            check(name not in types, f'{name} typed twice')
            types[name] = kind
            continue
        check(not line.startswith('#'), f'unknown comment: {line}')
        m = SAMPLE.match(line)
        check(m is not None, f'malformed sample line: {line!r}')
        name, labels, value = m.group(1), m.group(2) or '', m.group(3)
        base = re.sub(r'_(bucket|sum|count)$', '', name)
        check(name in types or (base in types and types[base] == 'histogram'), f'{name} has no TYPE line')
        check(name in helps or base in helps, f'{name} has no HELP line')
        samples.append((name, dict(LABEL.findall(labels)), float(value)))
    return types, samples


def value(samples, name, **labels):
    got = [v for n, l, v in samples if n == name and all(l.get(k) == w for k, w in labels.items())]
    check_eq(len(got), 1, f'samples named {name} {labels}')
    return got[0]


def start_server(env, *extra):
    p = env.spawn(['maglev-stat', '--repo', sh.repo(env), '--prometheus'] + list(extra))
    line = p.stdout.readline()
    m = re.search(r'serving (http://\S+/metrics)', line)
    check(m is not None, f'the server says where it listens: {line!r} {p.stderr.read() if p.poll() is not None else ""}')
    return p, m.group(1)


def scrape(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        check_eq(r.status, 200, 'HTTP status')
        ctype = r.headers.get('Content-Type', '')
        check(ctype.startswith('text/plain') and 'version=0.0.4' in ctype, f'content type {ctype!r}')
        return r.read().decode()


def test_no_stone(env):
    sh.create(env)
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--prometheus', '0'])
    check_eq(r.returncode, 1, 'exit status without a stone')
    check('no maglev-stone is running' in r.stderr, f'message: {r.stderr!r}')


def test_scrape(env):
    sh.create(env)
    sh.start(env)
    server, url = start_server(env, '0')
    check(url.startswith('http://127.0.0.1:'), f'loopback by default: {url}')
    types, samples = parse(scrape(url))
    check_eq(value(samples, 'maglev_up'), 1.0, 'maglev_up with a stone')
    check_eq(value(samples, 'maglev_commits_total'), 0.0, 'no commits yet')
    check_eq(types.get('maglev_commits_total'), 'counter', 'commits are a counter')
    check_eq(types.get('maglev_commit_latency_seconds'), 'histogram', 'commit latency is a histogram')
    info = [l for n, l, v in samples if n == 'maglev_info']
    check_eq(info, [{'repo': sh.repo(env), 'stone_pid': str(sh.stone_pid(env))}], 'maglev_info labels')

    # The segment is mapped read-only (and shared): the monitor cannot write to it.
    with open(f'/proc/{server.pid}/maps') as f:
        maps = [l for l in f if '/dev/shm/maglev-' in l]
    check(maps, 'the monitor maps the segment')
    for l in maps:
        check_eq(l.split()[1], 'r--s', f'segment mapping permissions: {l.strip()}')

    oop = sh.counter_init(env)
    hold = env.spawn(['storage-client', 'hold', '--repo', sh.repo(env)])
    check_eq(hold.stdout.readline().strip(), 'attached', 'holder attached')
    procs = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop), '--n', '200'])
             for _ in range(2)]
    conflicts = 0
    for p in procs:
        out, err = p.communicate(timeout=300)
        check_eq(p.returncode, 0, f'counter client: {out} {err}')
        conflicts += int(out.split('conflicts=')[1])
    commits = 401
    # The stone acknowledges a commit before it counts it: give the last one a moment.
    for _ in range(100):
        types, samples = parse(scrape(url))
        if value(samples, 'maglev_commits_total') == float(commits):
            break
        time.sleep(0.05)
    check_eq(value(samples, 'maglev_commits_total'), float(commits), 'commits')
    check_eq(value(samples, 'maglev_conflicts_total'), float(conflicts), 'conflicts')
    check_eq(value(samples, 'maglev_newest_commit'), float(commits), 'newest commit')
    check(value(samples, 'maglev_pages_written_total') >= commits, 'pages written')
    check(value(samples, 'maglev_cache_lookups_total') >= value(samples, 'maglev_cache_hits_total'), 'lookups >= hits')
    frames = {l['state']: v for n, l, v in samples if n == 'maglev_cache_frames'}
    check_eq(sorted(frames), ['busy', 'free', 'pinned', 'used'], 'frame states')
    check_eq(frames['used'] + frames['free'] + frames['busy'], value(samples, 'maglev_cache_frames_capacity'),
             'frames add up')
    for h, total in (('maglev_commit_latency_seconds', commits),
                     ('maglev_fsync_latency_seconds', value(samples, 'maglev_fsyncs_total'))):
        buckets = [(l['le'], v) for n, l, v in samples if n == h + '_bucket']
        check(len(buckets) >= 10 and buckets[-1][0] == '+Inf', f'{h} buckets end with +Inf')
        les = [float(le) for le, _ in buckets[:-1]]
        check(les == sorted(les), f'{h} bounds ascend')
        counts = [v for _, v in buckets]
        check(counts == sorted(counts), f'{h} buckets are cumulative: {counts}')
        check_eq(counts[-1], float(total), f'{h} +Inf bucket')
        check_eq(value(samples, h + '_count'), float(total), f'{h}_count')
        check(value(samples, h + '_sum') > 0, f'{h}_sum')
    check_eq(value(samples, 'maglev_sessions'), 1.0, 'the holder is the one session left')
    check_eq(value(samples, 'maglev_oldest_snapshot_commits_behind'), float(commits - 1), 'holder is behind')
    holder = [l for n, l, v in samples if n == 'maglev_oldest_snapshot_holder']
    check_eq(holder, [{'pid': str(hold.pid), 'program': 'storage-client'}], 'oldest snapshot holder')
    check_eq(value(samples, 'maglev_session_commits_total', pid=str(hold.pid)), 0.0, 'holder commits')

    try:
        urllib.request.urlopen(url.replace('/metrics', '/nope'), timeout=10)
        raise harness.TestFailure('/nope answered 200')
    except urllib.error.HTTPError as e:
        check_eq(e.code, 404, 'unknown path')

    hold.kill()
    hold.wait()
    sh.stop(env)
    types, samples = parse(scrape(url))
    check_eq(value(samples, 'maglev_up'), 0.0, 'maglev_up after the stone stopped')
    check(not any(n == 'maglev_commits_total' for n, _, _ in samples), 'no counters without a stone')
    # A new stone is found again by the same server.
    sh.start(env)
    types, samples = parse(scrape(url))
    check_eq(value(samples, 'maglev_up'), 1.0, 'maglev_up after a restart')
    check_eq(value(samples, 'maglev_newest_commit'), float(commits), 'the restarted stone recovered every commit')
    check_eq(value(samples, 'maglev_commits_total'), 0.0, 'counters restart with the stone')
    server.send_signal(signal.SIGTERM)
    check_eq(server.wait(timeout=10), 0, 'SIGTERM ends the server cleanly')
    sh.stop(env)


def test_explicit_address(env):
    sh.create(env)
    sh.start(env)
    server, url = start_server(env, '127.0.0.1:0')
    check(url.startswith('http://127.0.0.1:'), f'address: {url}')
    _, samples = parse(scrape(url))
    check_eq(value(samples, 'maglev_up'), 1.0, 'maglev_up')
    port = url.split(':')[2].split('/')[0]
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--prometheus', port])
    check_eq(r.returncode, 1, 'a second server on the same port fails')
    check('cannot listen' in r.stderr, f'message: {r.stderr!r}')
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=10)
    sh.stop(env)


harness.main()
