"""Maglev::System.cache_statistics and .session_statistics: Hashes with the counters
maglev-stat shows, attaching like any Maglev call; commits, aborts and conflicts move
them (this VM's session and the global ones alike), page lookups show in a fresh VM."""
import time

import harness
from harness import check, check_eq
from persist_helpers import Vm, ok
from persist_helpers import stop as stop_stone

CACHE_KEYS = ['aborts', 'batch_build_count', 'batch_build_sum_us', 'batch_gather_count',
              'batch_gather_sum_us', 'batch_publish_count', 'batch_publish_sum_us', 'batches',
              'bytes_appended', 'commit_latency_count',
              'commit_latency_sum_us', 'commits', 'conflicts', 'evictions', 'extent_bytes',
              'frames', 'frames_free', 'frames_pinned', 'frames_used', 'hits',
              'install_failures', 'lookups', 'misses', 'newest_commit', 'oldest_snapshot',
              'page_size', 'pages_read', 'pages_written', 'sessions', 'sync_latency_count',
              'sync_latency_sum_us', 'syncs']
SESSION_KEYS = ['aborts', 'commits', 'conflicts', 'disk_reads', 'hits', 'lookups', 'misses',
                'snapshot']

# Prints the difference of each named counter between two Hashes, one per line.
DELTA = 'def delta(a, b, *ks)\n  ks.each { |k| puts "#{k} #{b[k] - a[k]}" }\nend\n'


def stop(env):
    """Stops the stone and waits until its process has gone: `maglev stop` returns once the
    stone has given up its lock, which can be a moment before the process exits (the
    harness would report it as left running)."""
    stop_stone(env)
    deadline = time.time() + 10
    while env._stray_pids() and time.time() < deadline:
        time.sleep(0.02)


def parse(out):
    return {k: int(v) for k, v in (line.split() for line in out.splitlines())}


def test_keys_and_types(env):
    try:
        # The first call attaches: the repository is created and its stone started.
        out = ok(env, 'c = Maglev::System.cache_statistics; s = Maglev::System.session_statistics\n'
                      'p c.class, s.class\n'
                      'p c.keys.sort, s.keys.sort\n'
                      'p (c.values + s.values).all? { |v| v.is_a?(Integer) && v >= 0 }\n'
                      'p c[:frames] >= c[:frames_used] + c[:frames_free]\n'
                      'p c[:page_size], c[:sessions] >= 1, s[:snapshot] == c[:newest_commit]')
        lines = out.splitlines()
        check_eq(lines[0:2], ['Hash', 'Hash'], 'classes')
        check_eq(lines[2], repr([':' + k for k in CACHE_KEYS]).replace("'", ''), 'cache keys')
        check_eq(lines[3], repr([':' + k for k in SESSION_KEYS]).replace("'", ''), 'session keys')
        check_eq(lines[4:6], ['true', 'true'], 'values')
        check(int(lines[6]) in (4096, 8192, 16384), f'page size {lines[6]}')
        check_eq(lines[7:], ['true', 'true'], 'sessions, snapshot')
    finally:
        stop(env)


def test_commit_and_abort_move_counters(env):
    try:
        ok(env, 'Maglev[:x] = [0]; Maglev.commit_transaction')
        a = Vm(env)
        a.step(DELTA + 'S = Maglev::System; $c0 = S.cache_statistics; $s0 = S.session_statistics')
        a.step('Maglev[:x][0] += 1; Maglev.commit_transaction')
        a.step('$c1 = S.cache_statistics; $s1 = S.session_statistics')
        s = parse(a.step('delta($s0, $s1, :commits, :aborts, :conflicts, :snapshot)'))
        check_eq(s, {'commits': 1, 'aborts': 0, 'conflicts': 0, 'snapshot': 1},
                 'session counters after one commit')
        c = parse(a.step('delta($c0, $c1, :commits, :conflicts, :newest_commit, :syncs)'))
        check_eq(c, {'commits': 1, 'conflicts': 0, 'newest_commit': 1, 'syncs': 1},
                 'global counters after one commit')
        c = parse(a.step('delta($c0, $c1, :pages_written, :bytes_appended, :commit_latency_count)'))
        page = int(a.step('p $c1[:page_size]'))
        check(c['pages_written'] >= 1 and c['bytes_appended'] >= page and
              c['commit_latency_count'] == 1, f'appended after one commit: {c}')
        c = parse(a.step('delta($c0, $c1, :batch_gather_count, :batch_build_count, :batch_publish_count)'))
        check_eq(c, {'batch_gather_count': 1, 'batch_build_count': 1, 'batch_publish_count': 1},
                 'one batch in each phase histogram after one commit')
        check_eq(a.step('p $s1[:snapshot] == $c1[:newest_commit]'), 'true\n',
                 'the session sees the newest commit after committing')

        a.step('Maglev.abort_transaction; $c2 = S.cache_statistics; $s2 = S.session_statistics')
        check_eq(parse(a.step('delta($s1, $s2, :aborts, :commits)')), {'aborts': 1, 'commits': 0},
                 'session counters after an abort')
        check_eq(parse(a.step('delta($c1, $c2, :aborts, :commits)')), {'aborts': 1, 'commits': 0},
                 'global counters after an abort')
        a.close()
    finally:
        stop(env)


def test_conflict_moves_counters(env):
    try:
        ok(env, 'Maglev[:x] = [0]; Maglev.commit_transaction')
        a, b = Vm(env), Vm(env)
        b.step('Maglev::System.session_statistics')   # B has attached
        check_eq(a.step('p Maglev::System.cache_statistics[:sessions]'), '2\n', 'two VMs attached')
        b.step(DELTA + '$c0 = Maglev::System.cache_statistics; '
               '$s0 = Maglev::System.session_statistics')
        a.step('Maglev[:x][0] = 1')
        b.step('Maglev[:x][0] = 2')
        a.step('Maglev.commit_transaction')
        check_eq(b.step('begin; Maglev.commit_transaction; rescue Maglev::CommitFailedException; '
                        'puts "lost"; end'), 'lost\n', 'B loses')
        b.step('$c1 = Maglev::System.cache_statistics; $s1 = Maglev::System.session_statistics')
        check_eq(parse(b.step('delta($s0, $s1, :conflicts, :commits)')),
                 {'conflicts': 1, 'commits': 0}, 'B\'s session counters')
        check_eq(parse(b.step('delta($c0, $c1, :conflicts, :commits)')),
                 {'conflicts': 1, 'commits': 1}, 'global counters (A\'s commit, B\'s conflict)')
        # A's session saw none of it.
        check_eq(a.step('s = Maglev::System.session_statistics; p s[:commits], s[:conflicts]'),
                 '1\n0\n', 'A\'s session counters')
        a.close()
        b.close()
    finally:
        stop(env)


def test_fresh_vm_reads_through_the_cache(env):
    try:
        ok(env, 'Maglev[:big] = Array.new(20_000) { |i| [i] }; Maglev.commit_transaction')
        before = int(ok(env, 'p Maglev::System.cache_statistics[:lookups]'))
        # A fresh VM reads the persistent roots (and what they reach) as it attaches.
        out = ok(env, 's = Maglev::System.session_statistics; c = Maglev::System.cache_statistics\n'
                      'p Maglev[:big].sum { |a| a[0] }, s[:lookups], s[:hits] + s[:misses] == s[:lookups]\n'
                      'p c[:lookups] - s[:lookups], c[:hits] + c[:misses] == c[:lookups]')
        got = out.split()
        check_eq(got[0], str(sum(range(20_000))), 'the data')
        check(int(got[1]) > 0, f'the fresh VM looked pages up: {out!r}')
        check(int(got[3]) >= before, f'global lookups include the earlier VMs\' ({before}): {out!r}')
        check_eq([got[2], got[4]], ['true', 'true'], 'hits + misses == lookups')
    finally:
        stop(env)


if __name__ == '__main__':
    harness.main()
