"""Who may attach and what a dead stone leaves: another uid cannot attach (directory,
socket and segment modes, and the stone's SO_PEERCRED check); a stale segment left by a
killed stone is replaced on restart; a second stone on one repository is refused; a
full disk fails the commit clearly and the repository works again once space returns."""
import os
import stat
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drivers'))
import harness
import storage_helpers as sh
from harness import check, check_eq

NOBODY = 65534


def run_as_nobody(env, args):
    def drop():
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    return subprocess.run([env.bin(args[0])] + [str(a) for a in args[1:]], capture_output=True,
                          text=True, timeout=30, env=env.env, cwd='/', preexec_fn=drop)


def test_modes(env):
    sh.create(env)
    sh.start(env)
    repo = sh.repo(env)
    check_eq(stat.S_IMODE(os.stat(repo).st_mode), 0o700, 'repository directory mode')
    sh.counter_init(env)  # the first commit: the first segment exists
    segments = [f for f in os.listdir(repo) if f.startswith('extent.')]
    check(segments, f'segment files: {os.listdir(repo)}')
    for f in ['extent', 'stone.sock', 'stone.log', 'stone.lock'] + segments:
        check_eq(stat.S_IMODE(os.stat(os.path.join(repo, f)).st_mode), 0o600, f'{f} mode')
    segs = sorted(env.own_segments())
    check(segs, 'the stone created a segment')
    for n in segs:
        check_eq(stat.S_IMODE(os.stat('/dev/shm/' + n).st_mode), 0o600, f'segment {n} mode')
    sh.stop(env)


def test_other_uid_cannot_attach(env):
    if os.getuid() != 0:
        print('skipped: needs root to switch to another uid')
        return
    sh.create(env)
    sh.start(env)
    repo = sh.repo(env)
    r = run_as_nobody(env, ['storage-client', 'get', '--repo', repo, '--oop', 1])
    check_eq(r.returncode, 2, f'nobody attach: {r.stdout} {r.stderr}')
    check('permission denied' in r.stderr, f'message: {r.stderr!r}')
    # Open every directory and the socket: the stone itself refuses the peer (SO_PEERCRED).
    for d in (env.home, os.path.join(env.home, 'data'), repo):
        os.chmod(d, 0o755)
    os.chmod(os.path.join(repo, 'stone.sock'), 0o666)
    r = run_as_nobody(env, ['storage-client', 'get', '--repo', repo, '--oop', 1])
    check_eq(r.returncode, 2, f'nobody attach through an open socket: {r.stdout} {r.stderr}')
    check('stone' in r.stderr, f'message: {r.stderr!r}')
    log = open(os.path.join(repo, 'stone.log')).read()
    check(f'refused a session from uid {NOBODY}' in log, 'stone logged the refusal')
    os.chmod(env.home, 0o700)
    sh.stop(env)


def test_stale_segment_replaced(env):
    sh.create(env)
    sh.start(env)
    oop = sh.counter_init(env, value=5)
    own = env.own_segments()
    check(own, 'the stone named its segment in its log')
    sh.kill9_stone(env)
    check(own <= set(harness.shm_names()), 'the killed stone left its segment')
    sh.start(env)
    check_eq(sh.get(env, oop), '5', 'value after restart')
    log = open(os.path.join(sh.repo(env), 'stone.log')).read()
    check('replaced the stale shared segment' in log, 'stale segment replaced')
    sh.stop(env)


def test_second_stone_refused(env):
    sh.create(env)
    sh.start(env)
    pid = sh.stone_pid(env)
    r = env.run(['maglev-stone', '--repo', sh.repo(env)])
    check_eq(r.returncode, 1, 'second stone exit status')
    check(f'another maglev-stone (pid {pid}' in r.stderr, f'message: {r.stderr!r}')
    r = env.run(['maglev', 'start', '--repo', sh.repo(env)])
    check_eq(r.returncode, 0, 'maglev start on a running stone')
    check('already running' in r.stdout, f'says so: {r.stdout!r}')
    sh.stop(env)


def test_full_disk(env):
    sh.create(env)
    limit = env.write('disk-limit', str(2 * 1024 * 1024))
    sh.start(env, stone_env={'MAGLEV_TEST_DISK_LIMIT_FILE': limit})
    oop = sh.counter_init(env)
    r = sh.client(env, 'stream', '--repo', sh.repo(env), '--oop', oop, '--n', 200, '--bytes', 60000,
                  check_ok=False)
    check_eq(r.returncode, 2, 'the stream stops at the full disk')
    check('no space' in r.stderr and 'No space left on device' in r.stderr and sh.repo(env) in r.stderr,
          f'clear error: {r.stderr!r}')
    log = env.write('full.log', r.stdout)
    sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop, '--log', log, '--bytes', 60000)
    env.write('disk-limit', str(100 * 1024 * 1024))  # space returns
    oop2 = sh.counter_init(env)
    r = sh.client(env, 'stream', '--repo', sh.repo(env), '--oop', oop2, '--n', 40, '--bytes', 60000)
    log2 = env.write('after.log', r.stdout)
    sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop2, '--log', log2, '--bytes', 60000)
    sh.stop(env)
    sh.start(env)   # and it recovers cleanly
    sh.client(env, 'verify-stream', '--repo', sh.repo(env), '--oop', oop, '--log', log, '--bytes', 60000)
    sh.stop(env)


harness.main()
