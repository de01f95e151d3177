"""maglev-stat --record FILE and `maglev-stat plot`: the CSV (header once, mode 0600,
rows that add up to the workload's commits), appending to a recording, refusing a file
with other columns, and the report: a self-contained HTML page whose inline SVG charts
have drawn series, or one well-formed SVG."""
import csv
import math
import os
import re
import signal
import stat
import sys
import time
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq

SVG = '{http://www.w3.org/2000/svg}'


def read_csv(path):
    with open(path, newline='') as f:
        return list(csv.DictReader(f))


def number(cell):
    return float(cell) if cell != '' else math.nan


def record_workload(env, path):
    """Records at 10 samples/s while two clients contend on a counter and one fills the
    small cache; returns the number of commits the workload made."""
    rec = env.spawn(['maglev-stat', '--repo', sh.repo(env), '--record', path, '--interval', '0.1'])
    started = time.monotonic()
    # A session holding a snapshot for the whole recording, so every row has an oldest
    # snapshot (the workload's own sessions may come and go between two samples).
    hold = env.spawn(['storage-client', 'hold', '--repo', sh.repo(env)])
    check_eq(hold.stdout.readline().strip(), 'attached', 'holder attached')
    time.sleep(0.35)
    oop = sh.counter_init(env)
    procs = [env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop), '--n', '150'])
             for _ in range(2)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        check_eq(p.returncode, 0, f'counter client: {out} {err}')
    for _ in range(3):
        sh.client(env, 'fill', '--repo', sh.repo(env), '--n', 4000)
    # Record for at least 1.2 s whatever the workload took (commits got fast enough to
    # finish in under a second), so the file holds at least ~10 rows.
    time.sleep(max(0.35, 1.2 - (time.monotonic() - started)))
    rec.send_signal(signal.SIGTERM)
    out, err = rec.communicate(timeout=10)
    hold.kill()
    hold.wait()
    check_eq(rec.returncode, 0, f'recorder ends cleanly on SIGTERM: {out} {err}')
    check_eq(out, '', 'a recorder on a pipe prints nothing')
    return 1 + 2 * 150 + 3


def test_record_and_plot(env):
    sh.create(env)
    sh.start(env)
    path = os.path.join(env.home, 'samples.csv')
    commits = record_workload(env, path)
    check_eq(stat.S_IMODE(os.stat(path).st_mode), 0o600, 'recording file mode')
    with open(path) as f:
        lines = f.read().splitlines()
    header = lines[0].split(',')
    for col in ('time', 'interval_s', 'commits_per_s', 'aborts_per_s', 'conflicts_per_s', 'pages_read_per_s',
                'pages_written_per_s', 'bytes_appended_per_s', 'hit_ratio', 'commit_p50_us', 'commit_p99_us',
                'fsync_p50_us', 'fsync_p99_us', 'frames_total', 'frames_used', 'frames_pinned',
                'oldest_snapshot_age_s', 'newest_commit', 'extent_bytes', 'commits', 'misses_per_s',
                'batch_gather_mean_us', 'batch_build_mean_us', 'batch_publish_mean_us'):
        check(col in header, f'CSV has column {col}: {header}')
    check_eq(sum(1 for l in lines if l.startswith('time,')), 1, 'one header line')
    rows = read_csv(path)
    check(len(rows) >= 8, f'about 10 rows a second: {len(rows)}')
    times = [number(r['time']) for r in rows]
    check(times == sorted(times), 'rows in time order')
    for r in rows:
        check(0.04 < number(r['interval_s']) < 1.0, f'each row covers one interval: {r["interval_s"]}')
    # Rates times intervals add up to the commits made while recording.
    total = sum(number(r['commits_per_s']) * number(r['interval_s']) for r in rows)
    check(abs(total - commits) < 0.5, f'sum of commits_per_s * interval_s = {total:.2f}, workload made {commits}')
    check_eq(int(rows[-1]['commits']) - int(rows[0]['commits']) + round(number(rows[0]['commits_per_s']) *
                                                                         number(rows[0]['interval_s'])),
             commits, 'cumulative commits column')
    check(max(number(r['conflicts_per_s']) for r in rows) > 0, 'conflicts were recorded')
    check(any(not math.isnan(number(r['commit_p99_us'])) for r in rows), 'commit latency recorded')

    report = os.path.join(env.home, 'report.html')
    r = env.run(['maglev-stat', 'plot', path, '-o', report])
    check_eq(r.returncode, 0, f'plot: {r.stdout} {r.stderr}')
    check_eq(stat.S_IMODE(os.stat(report).st_mode), 0o600, 'report file mode')
    html = open(report).read()
    check(html.startswith('<!DOCTYPE html>'), 'an HTML page')
    check('<script' not in html.lower(), 'no scripts')
    check(not re.search(r'(src|href)\s*=', html), 'nothing loaded from elsewhere')
    external = [u for u in re.findall(r'https?://[^"\s<]+', html) if u != 'http://www.w3.org/2000/svg']
    check_eq(external, [], 'no external URLs')
    svgs = re.findall(r'<svg\b.*?</svg>', html, re.S)
    check(len(svgs) >= 6, f'one SVG chart per group: {len(svgs)}')
    for title in ('Commits', 'Commit and fsync latency', 'Cache hit ratio', 'Page I/O', 'Bytes appended',
                  'Cache frames', 'Oldest snapshot held', 'Commit batch phases'):
        check(title in html, f'chart {title!r}')
    for s in svgs:
        root = ET.fromstring(s)  # each chart is well-formed XML
        check_eq(root.tag, SVG + 'svg', 'svg root')
        paths = root.findall(f'.//{SVG}path') + root.findall(f'.//{SVG}circle')
        check(paths, f'a chart without drawn series: {s[:200]}')
    commits_chart = next(s for s in svgs if '>Commits <' in s)
    d = re.search(r'<path class="series" stroke="[^"]+" d="([^"]+)"', commits_chart).group(1)
    check(len(re.findall(r'[ML]', d)) >= 8, f'the commits series has a point per sample: {d[:200]}')
    ys = [float(y) for y in re.findall(r'[ML][\d.]+ ([\d.]+)', d)]
    check(max(ys) - min(ys) > 50, 'the commit rate line moves (load, then idle)')

    svg_path = os.path.join(env.home, 'report.svg')
    r = env.run(['maglev-stat', 'plot', path, '-o', svg_path])
    check_eq(r.returncode, 0, f'plot to SVG: {r.stderr}')
    root = ET.parse(svg_path).getroot()
    check_eq(root.tag, SVG + 'svg', 'one SVG document')
    charts = [g for g in root.iter(SVG + 'g') if g.get('class') == 'chart']
    check_eq(len(charts), len(svgs), 'the SVG holds the same charts')
    offsets = [float(re.search(r'translate\(0,([\d.]+)\)', g.get('transform')).group(1)) for g in charts]
    check(offsets == sorted(set(offsets)), f'charts stacked, not overlapping: {offsets}')
    sh.stop(env)


def test_append_and_refuse(env):
    sh.create(env)
    sh.start(env)
    path = os.path.join(env.home, 'samples.csv')
    for n in (2, 3):
        r = env.run(['maglev-stat', '--repo', sh.repo(env), '--record', path, '--interval', '0.05', '--count', str(n)])
        check_eq(r.returncode, 0, f'record: {r.stderr}')
    with open(path) as f:
        lines = f.read().splitlines()
    check_eq(len(lines), 1 + 5, 'header once, then 2 + 3 rows')
    other = os.path.join(env.home, 'other.csv')
    with open(other, 'w') as f:
        f.write('a,b\n1,2\n')
    r = env.run(['maglev-stat', '--repo', sh.repo(env), '--record', other, '--count', '1'])
    check_eq(r.returncode, 1, 'a file with other columns is refused')
    check('other columns' in r.stderr, f'message: {r.stderr!r}')
    check_eq(open(other).read(), 'a,b\n1,2\n', 'the refused file is untouched')
    r = env.run(['maglev-stat', 'plot', other, '-o', os.path.join(env.home, 'x.html')])
    check_eq(r.returncode, 1, 'plot refuses a file that is not a recording')
    r = env.run(['maglev-stat', 'plot', os.path.join(env.home, 'missing.csv'), '-o', os.path.join(env.home, 'x.html')])
    check_eq(r.returncode, 1, 'plot of a missing file')
    r = env.run(['maglev-stat', 'plot', path])
    check_eq(r.returncode, 1, 'plot without -o')
    sh.stop(env)


harness.main()
