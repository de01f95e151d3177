"""The live view of maglev-stat in a real terminal: run in an 80x24 tmux pane, captured
and checked for its fields, a session row, numbers that follow a workload, lines that
fit the width; `q` quits and restores the terminal. Skipped (77) without tmux."""
import os
import re
import shutil
import subprocess
import sys
import time

if shutil.which('tmux') is None:
    print('skip: tmux is not installed')
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


class Tmux:
    """A private tmux server (socket in the test's home) with one 80x24 pane."""

    def __init__(self, env, command, cols=80, rows=24):
        self.env = env
        self.base = ['tmux', '-S', os.path.join(env.home, 'tmux.sock'), '-f', '/dev/null']
        self.tmux('new-session', '-d', '-x', str(cols), '-y', str(rows), '-s', 'stat', command)

    def tmux(self, *args, check_ok=True):
        r = subprocess.run(self.base + list(args), capture_output=True, text=True, env=self.env.env, timeout=30)
        if check_ok:
            check_eq(r.returncode, 0, f'tmux {args[0]}: {r.stderr}')
        return r

    def capture(self):
        return self.tmux('capture-pane', '-p', '-t', 'stat').stdout

    def wait_for(self, pred, what, timeout=15):
        deadline = time.time() + timeout
        while True:
            screen = self.capture()
            if pred(screen):
                return screen
            if time.time() > deadline:
                raise harness.TestFailure(f'{what}; screen:\n{screen}')
            time.sleep(0.1)

    def alive(self):
        return self.tmux('has-session', '-t', 'stat', check_ok=False).returncode == 0

    def kill(self):
        self.tmux('kill-server', check_ok=False)


def stat_pids(env):
    pids = []
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            with open(f'/proc/{pid}/comm') as f:
                if f.read().strip() != 'maglev-stat':
                    continue
            with open(f'/proc/{pid}/environ', 'rb') as f:
                if f'MAGLEV_HOME={env.home}'.encode() in f.read().split(b'\0'):
                    pids.append(int(pid))
        except OSError:
            pass
    return pids


def test_live_view(env):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env)
    hold = env.spawn(['storage-client', 'hold', '--repo', sh.repo(env)])
    check_eq(hold.stdout.readline().strip(), 'attached', 'holder attached')
    stat = env.bin('maglev-stat')
    t = Tmux(env, f'{stat} --repo {sh.repo(env)} --interval 0.2; sleep 30')
    try:
        screen = t.wait_for(lambda s: 'rates over the last' in s, 'the view refreshes')
        lines = screen.splitlines()
        check_eq(len(lines), 24, f'the view fills 24 rows:\n{screen}')
        check(all(len(l) <= 80 for l in lines), 'every line fits 80 columns')
        check(lines[0].startswith('maglev-stat') and sh.repo(env)[-20:] in lines[0], f'title: {lines[0]!r}')
        check(re.search(r'\d\d:\d\d:\d\d$', lines[0].rstrip()), f'clock in the title: {lines[0]!r}')
        for pattern in (rf'stone\s+pid {sh.stone_pid(env)}, up \S+\s+newest commit 1\b',
                        r'extent [\d.]+ [KMG]iB', r'1 session\b',
                        r'cache\s+frames \d+: \d+ used, \d+ free, \d+ pinned',
                        r'hit ratio', r'disk reads \S+/s', r'evictions \S+/s',
                        r'commits \S+/s\s+aborts \S+/s\s+conflicts \S+/s\s+fsyncs \S+/s',
                        r'pages \S+/s\s+appended .*/s', r'latency commit p50 \S+ p99 \S+\s+fsync p50 \S+ p99 \S+',
                        r'batch\s+gather \S+ \+ build \S+ \+ fsync \S+ \+ publish \S+ \(mean\)',
                        rf'oldest\s+snapshot 1 \(0 behind\), held \S+ by pid {hold.pid} storage-client \(in-txn\)',
                        r'PID\s+PROGRAM\s+STATE\s+SNAPSHOT\s+AGE\s+COMMITS\s+ABORTS\s+CONFL\s+FAULTS',
                        rf'{hold.pid}\s+storage-client\s+in-txn\s+1\s',
                        r'q quits'):
            check(re.search(pattern, screen), f'the view shows /{pattern}/:\n{screen}')
        # A workload shows up: commits rise, the holder falls behind.
        sh.client(env, 'counter', '--repo', sh.repo(env), '--oop', oop, '--n', 50)
        screen = t.wait_for(lambda s: 'total 51 commits' in s and 'newest commit 51' in s,
                            'the view follows 50 more commits')
        check(re.search(r'snapshot 1 \(50 behind\)', screen), f'the holder is 50 commits behind:\n{screen}')
        check(re.search(r'latency commit p50 \d', screen) or 'p50 -' in screen, 'latency fields')
        # While load runs, the commit rate is not zero.
        w = env.spawn(['storage-client', 'counter', '--repo', sh.repo(env), '--oop', str(oop), '--n', '100000'])
        t.wait_for(lambda s: re.search(r'commits (?!0\.0/s)[\d.]+k?/s', s), 'a commit rate under load')
        w.kill()
        w.wait()
        # q quits: maglev-stat exits and the shell's `sleep` takes over the restored screen.
        t.tmux('send-keys', '-t', 'stat', 'q')
        screen = t.wait_for(lambda s: 'maglev-stat' not in s, 'q leaves the view (alternate screen restored)')
        check_eq(stat_pids(env), [], 'maglev-stat exited after q')
    finally:
        t.kill()
    hold.kill()
    hold.wait()
    sh.stop(env)


def test_small_terminal_many_sessions(env):
    sh.create(env)
    sh.start(env)
    holders = []
    for _ in range(5):
        h = env.spawn(['storage-client', 'hold', '--repo', sh.repo(env)])
        check_eq(h.stdout.readline().strip(), 'attached', 'holder attached')
        holders.append(h)
    stat = env.bin('maglev-stat')
    t = Tmux(env, f'{stat} --repo {sh.repo(env)} --interval 0.2; sleep 30', cols=60, rows=14)
    try:
        screen = t.wait_for(lambda s: 'q quits' in s and 'more session' in s, 'a 60x14 view with 5 sessions')
        lines = screen.splitlines()
        check_eq(len(lines), 14, f'14 rows:\n{screen}')
        check(all(len(l) <= 60 for l in lines), f'every line fits 60 columns:\n{screen}')
        rows = [l for l in lines if re.match(r'\s*\d+ storage-client', l)]
        check_eq(len(rows), 1, f'one session row fits:\n{screen}')
        check(re.search(r'\.\.\. and 4 more session\(s\)', screen), f'the rest are counted:\n{screen}')
        check('q quits' in lines[-1], 'the footer stays on the last row')
    finally:
        t.kill()
    for h in holders:
        h.kill()
        h.wait()
    sh.stop(env)


def test_live_view_waits_for_a_stone(env):
    sh.create(env)
    sh.start(env)
    stat = env.bin('maglev-stat')
    t = Tmux(env, f'{stat} --repo {sh.repo(env)} --interval 0.2')
    try:
        t.wait_for(lambda s: 'rates' in s, 'the view runs')
        sh.stop(env)
        t.wait_for(lambda s: 'no maglev-stone is running' in s and 'waiting' in s, 'the view says the stone stopped')
        sh.start(env)
        t.wait_for(lambda s: f'pid {sh.stone_pid(env)}' in s, 'the view follows the restarted stone')
        t.tmux('send-keys', '-t', 'stat', 'q')
        deadline = time.time() + 10
        while t.alive() and time.time() < deadline:
            time.sleep(0.1)
        check(not t.alive(), 'q quits (the pane closed)')
    finally:
        t.kill()
    sh.stop(env)


harness.main()
