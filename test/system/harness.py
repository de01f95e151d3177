"""System-test harness: real maglev binaries, several processes, one temporary
repository home per test, cleaned up even when the test fails.

A test file defines functions `test_*(env)` and ends with `harness.main()`. Each
function gets a fresh `Env`: `env.home` is a private MAGLEV_HOME, `env.bin(name)` the
path of a built binary, `env.run(...)` runs one to completion, `env.spawn(...)` starts
one in the background. After each test the harness kills every process the test
started (and any process still running from its home, e.g. a stone), removes the home,
and fails the test if it left a shared-memory segment or a process behind.

The build directory comes from MAGLEV_BUILD_DIR (meson sets it)."""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback


class TestFailure(AssertionError):
    pass


def check(cond, msg):
    if not cond:
        raise TestFailure(msg)


def check_eq(got, want, what='value'):
    if got != want:
        raise TestFailure(f'{what}: got {got!r}, expected {want!r}')


TOOL_DIRS = ('src/tools', '.')


class Env:
    def __init__(self, name):
        self.build = os.environ.get('MAGLEV_BUILD_DIR') or os.getcwd()
        self.home = tempfile.mkdtemp(prefix=f'maglev-sys-{name}-')
        os.chmod(self.home, 0o700)
        self.procs = []
        # Every VM verifies the write barrier at each commit/abort/needs_commit?: a
        # persistent object changed without being marked dirty aborts the VM.
        self.env = dict(os.environ, MAGLEV_HOME=self.home, LANG='C.UTF-8',
                        MAGLEV_CHECK_BARRIER='1')

    def bin(self, name):
        for d in TOOL_DIRS:
            p = os.path.join(self.build, d, name)
            if os.path.exists(p):
                return p
        raise TestFailure(f'binary {name} not found under {self.build}')

    def run(self, args, input=None, timeout=60, cwd=None, env=None):
        """Runs args (binary name first) and returns CompletedProcess with text output."""
        cmd = [self.bin(args[0])] + list(args[1:])
        e = dict(self.env, **(env or {}))
        return subprocess.run(cmd, input=input, capture_output=True, text=True,
                              timeout=timeout, cwd=cwd or self.home, env=e,
                              stdin=None if input is not None else subprocess.DEVNULL)

    def spawn(self, args, cwd=None, env=None, **kw):
        cmd = [self.bin(args[0])] + list(args[1:])
        e = dict(self.env, **(env or {}))
        p = subprocess.Popen(cmd, cwd=cwd or self.home, env=e, start_new_session=True,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, **kw)
        self.procs.append(p)
        return p

    def write(self, rel, text):
        path = os.path.join(self.home, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
        return path

    # --- cleanup -----------------------------------------------------------------
    def _stray_pids(self):
        pids = []
        for pid in os.listdir('/proc'):
            if not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                with open(f'/proc/{pid}/environ', 'rb') as f:
                    if f'MAGLEV_HOME={self.home}'.encode() in f.read().split(b'\0'):
                        pids.append(int(pid))
            except OSError:
                pass
        return pids

    def own_segments(self):
        """The shared segments this test's stones created (named in their logs)."""
        names = set()
        for root, _dirs, files in os.walk(self.home):
            for f in files:
                if f.endswith('.log'):
                    try:
                        with open(os.path.join(root, f), errors='replace') as log:
                            names.update(re.findall(r'shared segment (maglev-[0-9a-f]+)', log.read()))
                    except OSError:
                        pass
        return names

    def cleanup(self, shm_before):
        problems = []
        for p in self.procs:
            if p.poll() is None:
                try:
                    os.killpg(p.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                p.wait()
        # A stone told to stop gives up its lock before its process is gone: allow it
        # a moment to exit before calling it left behind.
        for _ in range(100):
            stray = self._stray_pids()
            if not stray:
                break
            time.sleep(0.05)
        if stray:
            problems.append(f'processes left running: {stray}')
            for pid in stray:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        for _ in range(50):
            if not self._stray_pids():
                break
            time.sleep(0.05)
        # Only the segments of this test's stones (named in their logs under the home):
        # other people's tests may be creating theirs at the same time.
        new_shm = sorted((set(shm_names()) - shm_before) & self.own_segments())
        if new_shm:
            problems.append(f'shared-memory segments left behind: {new_shm}')
            for n in new_shm:
                try:
                    os.unlink(os.path.join('/dev/shm', n))
                except OSError:
                    pass
        shutil.rmtree(self.home, ignore_errors=True)
        return problems


def shm_names():
    try:
        return [n for n in os.listdir('/dev/shm') if n.startswith('maglev')]
    except FileNotFoundError:
        return []


def main():
    mod = sys.modules['__main__']
    tests = [(n, getattr(mod, n)) for n in sorted(dir(mod)) if n.startswith('test_')]
    only = sys.argv[1:]
    failed = 0
    for name, fn in tests:
        if only and name not in only:
            continue
        shm_before = set(shm_names())
        env = Env(name)
        ok = True
        start = time.time()
        try:
            fn(env)
        except Exception:
            ok = False
            traceback.print_exc()
        problems = env.cleanup(shm_before)
        for p in problems:
            print(f'{name}: {p}', file=sys.stderr)
        ok = ok and not problems
        failed += not ok
        print(f'{"ok  " if ok else "FAIL"} {name} ({time.time() - start:.2f}s)')
    sys.exit(1 if failed else 0)
