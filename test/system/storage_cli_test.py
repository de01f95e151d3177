"""The `maglev` operator tool: create, start, stop, restart, status and list with their
exit statuses, the default repository location, what status shows (sessions with their
program and state, cache, uptime, log) and list finding stones outside the data directory."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq


def mg(env, *args):
    return env.run(['maglev'] + list(args))


def test_lifecycle_default_repository(env):
    r = mg(env, 'status')
    check_eq(r.returncode, 1, 'status before create')
    check('not running, no repository there (create it with: maglev create' in r.stdout, r.stdout)
    check_eq(mg(env, 'create').returncode, 0, 'create')
    check(os.path.exists(os.path.join(env.home, 'data', 'maglev', 'extent')), 'default location')
    check_eq(os.stat(os.path.join(env.home, 'data')).st_mode & 0o777, 0o700, 'data directory mode')
    r = mg(env, 'create')
    check_eq(r.returncode, 1, 'create twice')
    check('already exists' in r.stderr, r.stderr)
    check_eq(mg(env, 'start', '--cache-mb', '4').returncode, 0, 'start')
    r = mg(env, 'status')
    check_eq(r.returncode, 0, 'status while running')
    check(f'pid {sh.stone_pid(env)}' in r.stdout and '0 session(s)' in r.stdout, r.stdout)
    h = env.spawn(['storage-client', 'hold', '--repo', sh.repo(env)])
    check_eq(h.stdout.readline().strip(), 'attached', 'session attached')
    r = mg(env, 'status', 'maglev')
    check(f'session pid {h.pid}: snapshot 0' in r.stdout and '1 session(s)' in r.stdout, r.stdout)
    check(f'session pid {h.pid}: snapshot 0 (' in r.stdout and '; storage-client, in-txn' in r.stdout,
          f'the session\'s program and state: {r.stdout}')
    check(re.search(r'extent [\d.]+ [KMG]iB, 1 session', r.stdout), f'extent size in units: {r.stdout}')
    check(re.search(r'\n  up \S+, log .*/stone\.log\n', r.stdout), f'uptime and log file: {r.stdout}')
    check(re.search(r'\n  cache: \d+ of \d+ frames used \(4\.0 KiB pages\), \d+ pinned; hit ratio ', r.stdout),
          f'cache line: {r.stdout}')
    check(re.search(rf'oldest snapshot: commit 0 \(0 behind\), held by pid {h.pid} \(storage-client\)', r.stdout),
          f'oldest snapshot holder: {r.stdout}')
    check(re.search(r'stats: commits=0 conflicts=0 aborts=0 ', r.stdout), f'counters: {r.stdout}')
    h.kill()
    h.wait()
    r = mg(env, 'restart', '--cache-mb', '4')
    check_eq(r.returncode, 0, f'restart: {r.stderr}')
    check('0 session(s)' in mg(env, 'status').stdout, 'no sessions after restart')
    check_eq(mg(env, 'stop').returncode, 0, 'stop')
    r = mg(env, 'stop')
    check_eq(r.returncode, 1, 'stop when stopped')
    check('no stone is running' in r.stderr, r.stderr)
    r = mg(env, 'status')
    check_eq(r.returncode, 1, 'status after stop')
    check('not running (start it with: maglev start' in r.stdout, r.stdout)


def test_list(env):
    for name in ('alpha', 'beta', 'gamma'):
        sh.create(env, name)
    sh.start(env, 'alpha')
    sh.start(env, 'gamma')
    sh.counter_init(env, 'gamma')
    r = mg(env, 'list')
    check_eq(r.returncode, 0, 'list')
    lines = r.stdout.splitlines()
    check(lines[0].split()[:4] == ['NAME', 'PID', 'SESSIONS', 'EXTENT'], r.stdout)
    # Other stones of this user on the machine (other tests, other checkouts) are listed
    # too: only this test's are looked at.
    lines = lines[:1] + [l for l in lines[1:] if l.split()[-1].startswith(env.home)]
    names = sorted(l.split()[0] for l in lines[1:])
    check_eq(names, ['alpha', 'gamma'], 'running stones')
    gamma = [l for l in lines if l.startswith('gamma')][0].split()
    check_eq(gamma[1], str(sh.stone_pid(env, 'gamma')), 'pid column')
    check_eq(gamma[4], '1', 'newest commit column')
    check(re.match(r'[\d.]+[KMG]iB$', gamma[3]), f'extent column in units: {gamma}')
    check_eq(gamma[-1], sh.repo(env, 'gamma'), 'repository column')
    # A stone of a repository outside the data directory is listed too (its segment names it).
    elsewhere = os.path.join(env.home, 'elsewhere', 'delta')
    check_eq(mg(env, 'create', '--repo', elsewhere).returncode, 0, 'create elsewhere')
    check_eq(mg(env, 'start', '--repo', elsewhere, *sh.FAST).returncode, 0, 'start elsewhere')
    lines = mg(env, 'list').stdout.splitlines()
    check_eq(sorted(l.split()[-1] for l in lines[1:] if l.split()[-1].startswith(env.home)),
             sorted([sh.repo(env, 'alpha'), sh.repo(env, 'gamma'), elsewhere]), f'every running stone: {lines}')
    check_eq(mg(env, 'stop', '--repo', elsewhere).returncode, 0, 'stop elsewhere')
    sh.stop(env, 'alpha')
    sh.stop(env, 'gamma')
    r = mg(env, 'list')
    check(not [l for l in r.stdout.splitlines() if env.home in l], f'none of ours listed: {r.stdout}')
    if r.returncode == 1:  # unless another stone of this user runs on the machine
        check_eq(r.stdout, '', 'nothing running: no table')
        check('no stone is running' in r.stderr, r.stderr)
    else:
        check_eq((r.returncode, r.stdout.split()[:1]), (0, ['NAME']), f'others running: a table: {r.stdout}')


def test_sigint_is_a_clean_shutdown(env):
    import signal, time
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env, value=3)
    own = env.own_segments()
    check(own and own <= set(harness.shm_names()), 'the stone has its segment')
    pid = sh.stone_pid(env)
    os.kill(pid, signal.SIGINT)
    for _ in range(200):
        if mg(env, 'status').returncode == 1:
            break
        time.sleep(0.05)
    check_eq(mg(env, 'status').returncode, 1, 'stopped after SIGINT')
    check(not os.path.exists(os.path.join(sh.repo(env), 'stone.sock')), 'socket removed')
    check(not own & set(harness.shm_names()), 'segment removed')
    log = open(os.path.join(sh.repo(env), 'stone.log')).read()
    check('signal 2 received' in log and 'stopped at commit 1' in log, 'logged')
    sh.start(env)
    check_eq(sh.get(env, oop), '3', 'value after restart')
    sh.stop(env)


def test_stone_create_flag(env):
    # What maglev-ruby will do on a first run: start a stone that creates the repository.
    r = env.run(['maglev-stone', '--stone', 'fresh', '--create', '--daemon', '--cache-mb', '4'])
    check_eq(r.returncode, 0, f'maglev-stone --create --daemon: {r.stderr}')
    check_eq(mg(env, 'status', 'fresh').returncode, 0, 'running')
    check_eq(int(sh.counter_init(env, 'fresh', value=9) > 0), 1, 'usable')
    sh.stop(env, 'fresh')


def test_bad_command(env):
    r = mg(env, 'frobnicate')
    check_eq(r.returncode, 1, 'exit status')
    check('unknown command' in r.stderr, r.stderr)


harness.main()
