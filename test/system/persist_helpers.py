"""Shared by the persist_*_test.py files: run Ruby in maglev-ruby VMs against the test's
repository (the default one under the test's private MAGLEV_HOME, started by the first
VM that needs it), keep an interactive VM alive between steps, stop the stone at the end."""
import subprocess

from harness import TestFailure, check_eq


def ruby(env, code, *opts, cwd=None):
    """Runs `code` in a fresh VM; returns (stdout, stderr, status)."""
    r = env.run(['maglev-ruby', *opts, '-e', code], cwd=cwd)
    return r.stdout, r.stderr, r.returncode


def ok(env, code, *opts, cwd=None):
    """Runs `code` in a fresh VM that must succeed; returns its stdout."""
    out, err, status = ruby(env, code, *opts, cwd=cwd)
    if status != 0 or err:
        raise TestFailure(f'maglev-ruby -e {code!r} failed ({status}): {err}')
    return out


def stop(env):
    env.run(['maglev', 'stop'])


class Vm:
    """A VM that stays alive: each step() sends Ruby source and returns what it printed.
    Steps are evaluated by a small loop reading one program per line (\\n escaped)."""
    LOOP = ('$stdout.sync = true; top = binding\n'
            'while (line = $stdin.gets)\n'
            '  begin\n'
            '    eval(line.gsub("\\\\n", "\\n"), top)\n'
            '  rescue Exception => e\n'
            '    puts "#{e.class}: #{e.message}"\n'
            '  end\n'
            '  puts "--end--"\n'
            'end\n')

    def __init__(self, env):
        self.p = subprocess.Popen([env.bin('maglev-ruby'), '-e', self.LOOP], cwd=env.home,
                                  env=env.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, start_new_session=True)
        env.procs.append(self.p)

    def step(self, code):
        self.p.stdin.write(code.replace('\n', '\\n') + '\n')
        self.p.stdin.flush()
        out = []
        while True:
            line = self.p.stdout.readline()
            if line == '':
                raise TestFailure(f'VM exited during {code!r}: {self.p.stderr.read()}')
            if line == '--end--\n':
                return ''.join(out)
            out.append(line)

    def close(self):
        self.p.stdin.close()
        check_eq(self.p.wait(timeout=30), 0, 'exit status of the interactive VM')
