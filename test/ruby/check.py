#!/usr/bin/env python3
"""Runs one differential Ruby test: `maglev-ruby foo.rb` in a fresh process, in the
file's own directory, with a timeout; compares stdout with foo.out and the exit status
with foo.status (0 when absent). Both files were produced by CRuby 3.1 (see ./regen).

usage: check.py MAGLEV_RUBY path/to/foo.rb
Exit status 0 when equal; 1 with a unified diff on stderr otherwise; 77 (skipped) when
the file is listed in known_failures.txt, which says why (the VM does not pass it yet).
Set MAGLEV_RUN_KNOWN_FAILURES=1 to run those too."""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile


def expected(rb):
    base = rb[:-3]
    with open(base + '.out', 'rb') as f:
        out = f.read()
    status = 0
    if os.path.exists(base + '.status'):
        with open(base + '.status') as f:
            status = int(f.read().strip())
    return out, status


def known_failure(rb):
    here = os.path.dirname(os.path.abspath(__file__))
    rel = os.path.relpath(rb, here)
    try:
        with open(os.path.join(here, 'known_failures.txt')) as f:
            for line in f:
                entry = line.split('#', 1)[0].strip()
                if entry == rel:
                    return line.split('#', 1)[1].strip() if '#' in line else 'known failure'
    except FileNotFoundError:
        pass
    return None


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    exe, rb = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    reason = known_failure(rb)
    if reason and os.environ.get('MAGLEV_RUN_KNOWN_FAILURES') != '1':
        print(f'skipped: {reason}')
        return 77
    want_out, want_status = expected(rb)
    timeout = float(os.environ.get('MAGLEV_TEST_TIMEOUT', '20'))
    home = tempfile.mkdtemp(prefix='maglev-ruby-test-')
    env = dict(os.environ, MAGLEV_HOME=home, LANG='C.UTF-8')
    env.pop('MAGLEV_TEST_TIMEOUT', None)   # the harness's setting, not the program's (core/env lists MAGLEV_*)
    try:
        proc = subprocess.run([exe, os.path.basename(rb)], cwd=os.path.dirname(rb),
                              stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout, env=env)
        got_out, got_status, err = proc.stdout, proc.returncode, proc.stderr
    except subprocess.TimeoutExpired as e:
        got_out, got_status, err = e.stdout or b'', 'timeout', e.stderr or b''
    finally:
        shutil.rmtree(home, ignore_errors=True)
    if got_out == want_out and got_status == want_status:
        return 0
    name = os.path.relpath(rb)
    if got_status != want_status:
        print(f'{name}: exit status {got_status}, expected {want_status}', file=sys.stderr)
    if got_out != want_out:
        diff = difflib.unified_diff(
            want_out.decode('utf-8', 'replace').splitlines(keepends=True),
            got_out.decode('utf-8', 'replace').splitlines(keepends=True),
            'expected (CRuby 3.1)', 'maglev-ruby')
        sys.stderr.writelines(list(diff)[:200])
    if err:
        sys.stderr.write('--- stderr of maglev-ruby ---\n')
        sys.stderr.write(err.decode('utf-8', 'replace')[:4000])
    return 1


if __name__ == '__main__':
    sys.exit(main())
