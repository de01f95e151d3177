"""Helpers shared by test/system/storage_*_test.py: find the storage-client driver,
create/start/stop a repository's stone through the real `maglev` tool, run clients."""
import os
import struct
import random
import signal
import time

import harness
from harness import check, check_eq

if 'test/system/drivers' not in harness.TOOL_DIRS:
    harness.TOOL_DIRS = tuple(harness.TOOL_DIRS) + ('test/system/drivers',)

# Small caches and growth steps keep each start quick (the 50x kill loops).
FAST = ['--cache-mb', '4', '--segment-mb', '1']


def repo(env, name='maglev'):
    return os.path.join(env.home, 'data', name)


def create(env, name='maglev'):
    r = env.run(['maglev', 'create', '--repo', repo(env, name)])
    check_eq(r.returncode, 0, f'maglev create: {r.stderr}')


def start(env, name='maglev', extra=(), stone_env=None, expect_ok=True):
    r = env.run(['maglev', 'start', '--repo', repo(env, name)] + FAST + list(extra), env=stone_env)
    if expect_ok:
        check_eq(r.returncode, 0, f'maglev start: {r.stdout} {r.stderr}')
    return r


def stop(env, name='maglev'):
    r = env.run(['maglev', 'stop', '--repo', repo(env, name)])
    check_eq(r.returncode, 0, f'maglev stop: {r.stdout} {r.stderr}')


def stone_pid(env, name='maglev'):
    with open(os.path.join(repo(env, name), 'stone.lock')) as f:
        return int(f.read().strip())


def kill9_stone(env, name='maglev'):
    pid = stone_pid(env, name)
    os.kill(pid, signal.SIGKILL)
    for _ in range(200):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        if open(f'/proc/{pid}/stat').read().split()[2] == 'Z':
            return
        time.sleep(0.01)


def sessions(env, name='maglev'):
    """How many sessions `maglev status` shows attached."""
    r = env.run(['maglev', 'status', '--repo', repo(env, name)])
    check_eq(r.returncode, 0, f'status: {r.stderr}')
    return int(r.stdout.split(' session(s)')[0].rsplit(', ', 1)[1])


def client(env, *args, timeout=120, check_ok=True):
    r = env.run(['storage-client'] + [str(a) for a in args], timeout=timeout)
    if check_ok:
        check_eq(r.returncode, 0, f'storage-client {args[0]}: {r.stdout} {r.stderr}')
    return r


def counter_init(env, name='maglev', value=0):
    return int(client(env, 'counter-init', '--repo', repo(env, name), '--value', value).stdout)


def get(env, oop, name='maglev'):
    return client(env, 'get', '--repo', repo(env, name), '--oop', oop).stdout.strip()


class Extent:
    """A repository's extent as its files hold it (the superblock file `extent`, then the
    segments `extent.<first page>`), addressed by extent offset: for damaging it the way
    a crash or a failing disk would."""

    def __init__(self, env, name='maglev'):
        self.dir = repo(env, name)

    def files(self):
        """[(path, first page, pages)] in order, up to the first gap."""
        out = [(os.path.join(self.dir, 'extent'), 0, os.path.getsize(os.path.join(self.dir, 'extent')) // 4096)]
        while True:
            first = out[-1][1] + out[-1][2]
            p = os.path.join(self.dir, 'extent.%012d' % first)
            if not os.path.exists(p) or os.path.getsize(p) < 4096:
                return out
            out.append((p, first, os.path.getsize(p) // 4096))

    def file_of(self, offset):
        """(path, offset in it) of extent byte `offset` (past the end: the last file)."""
        fs = self.files()
        for path, first, pages in fs:
            if offset < (first + pages) * 4096:
                return path, offset - first * 4096
        return fs[-1][0], offset - fs[-1][1] * 4096

    def read(self, offset, n):
        path, at = self.file_of(offset)
        with open(path, 'rb') as f:
            f.seek(at)
            return f.read(n)

    def last_nonzero_page(self):
        """Index of the last 4 KiB page that is not all zeros (the newest batch record)."""
        for path, first, pages in reversed(self.files()):
            with open(path, 'rb') as f:
                for p in range(pages - 1, -1, -1):
                    if first + p < 2:
                        return None
                    f.seek(p * 4096)
                    if any(f.read(4096)):
                        return first + p
        return None

    def checkpoint_end_page(self):
        """First page after the batch that the newer superblock copy checkpoints (2 when
        none): what a crash can tear lies beyond it."""
        best = None
        for copy in (0, 1):
            # the page header, then DiskSuperblock
            repo_id, generation, _size, _version, record_page = struct.unpack(
                '<QQIIQ', self.read(copy * 4096 + 48, 32))
            if best is None or generation > best[0]:
                best = (generation, record_page)
        if best[1] == 0:
            return 2
        (page_count,) = struct.unpack('<Q', self.read(best[1] * 4096 + 48 + 24, 8))  # DiskBatchRecord.page_count
        return best[1] + page_count

    def truncate(self, offset):
        """Cuts the file holding extent byte `offset` there (a disk that lost the end of a
        segment; the stone then removes the segments after it)."""
        path, at = self.file_of(offset)
        os.truncate(path, at)

    def flip_bit(self, offset, bit=0):
        path, at = self.file_of(offset)
        with open(path, 'r+b') as f:
            f.seek(at)
            b = f.read(1)
            f.seek(at)
            f.write(bytes([b[0] ^ (1 << bit)]))
            f.flush()
            os.fsync(f.fileno())


__all__ = ['check', 'check_eq', 'random']
