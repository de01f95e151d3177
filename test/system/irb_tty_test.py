"""maglev-irb on a terminal (a pseudo-terminal from Python's pty module): prompts and
results as a user sees them, the seed transcript's layout, line editing with libedit,
the history file (~/.maglev_irb_history, mode 0600) across sessions, tab completion
of methods, constants and locals, Ctrl-C and Ctrl-D."""
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import stat
import struct
import sys
import termios
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness
from harness import check, check_eq

RABBIT = "\n () ()\n( '.' )\n(\")_(\")\n"
RABBIT_RB = '''class Rabbit
  def inspect
    "\\n () ()\\n( '.' )\\n(\\")_(\\")\\n"
  end

  def self.breed
    5.times.map { Rabbit.new }
  end
end
'''
UP = '\x1b[A'


def render(raw):
    """What a terminal shows for `raw` output, as text: carriage returns, column moves
    (ESC[nG), backspaces and erase-to-end (ESC[K) applied, bells dropped, other escapes (colours)
    kept as they are. Lines end in '\n'."""
    lines, line, col, i = [], [], 0, 0
    while i < len(raw):
        c = raw[i]
        if c == '\x1b':
            m = re.match(r'\x1b\[(\d*)([A-Za-z])', raw[i:])
            if m and m.group(2) == 'G':
                col = max(int(m.group(1) or 1) - 1, 0)
                i += m.end()
                continue
            if m and m.group(2) == 'K':
                del line[col:]
                i += m.end()
                continue
            seq = m.group(0) if m else c
            line[col:col + 1] = [seq]
            col += 1
            i += len(seq)
            continue
        i += 1
        if c == '\n':
            lines.append(''.join(line))
            line, col = [], 0
        elif c == '\r':
            col = 0
        elif c == '\b':
            col = max(col - 1, 0)
        elif c != '\x07':
            while len(line) < col:
                line.append(' ')
            if col < len(line):
                line[col] = c
            else:
                line.append(c)
            col += 1
    while len(line) < col:   # the cursor stands after blanks (a prompt's padding)
        line.append(' ')
    return '\n'.join(lines + [''.join(line)])


class Terminal:
    """maglev-irb on a pseudo-terminal of 24x80."""

    def __init__(self, env, args=(), cwd=None):
        self.env = env
        self.out = b''
        self.pos = 0
        e = dict(env.env, HOME=env.home, TERM='xterm', LANG='C.UTF-8')
        e.pop('COLUMNS', None)
        cmd = [env.bin('maglev-irb')] + list(args)
        pid, fd = pty.fork()
        if pid == 0:
            try:
                os.chdir(cwd or env.home)
                os.execve(cmd[0], cmd, e)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
        self.status = None

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:   # EIO: the other side closed
            data = b''
        if not data:
            raise EOFError
        self.out += data
        return True

    def expect(self, text, timeout=30):
        """Waits until the output after the previous match contains `text`; returns
        the whole output."""
        end = time.time() + timeout
        while text not in self.text()[self.pos:]:
            if time.time() > end:
                raise harness.TestFailure(f'timed out waiting for {text!r}; output so far: '
                                          f'{self.out.decode(errors="replace")!r}')
            try:
                self._read(0.1)
            except EOFError:
                raise harness.TestFailure(f'maglev-irb ended before {text!r}; output: '
                                          f'{self.out.decode(errors="replace")!r}')
        self.pos = self.text().index(text, self.pos) + len(text)
        return self.text()

    def send(self, s):
        """Types `s` once libedit reads the terminal raw (what is typed before that is
        echoed by the terminal as well, as any type-ahead is)."""
        end = time.time() + 30
        while termios.tcgetattr(self.fd)[3] & termios.ICANON and time.time() < end:
            try:
                self._read(0.01)
            except EOFError:
                break
        os.write(self.fd, s.encode())

    def line(self, s, then):
        """Types `s` and Enter, and waits for `then`."""
        self.send(s + '\r')
        return self.expect(then)

    def text(self):
        return render(self.out.decode(errors='replace'))

    def wait(self, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            try:
                self._read(0.05)
            except EOFError:
                pass
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(status)
                return self.status
        raise harness.TestFailure(f'maglev-irb did not end; output: {self.text()!r}')

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.fd)


def session(env, args=(), cwd=None):
    class Ctx:
        def __enter__(self):
            self.t = Terminal(env, args, cwd)
            return self.t

        def __exit__(self, *exc):
            self.t.close()
    return Ctx()


def test_prompts_and_results(env):
    with session(env, ['-f']) as t:
        t.expect('irb(main):001:0> ')
        t.line('1 + 1', 'irb(main):002:0> ')
        t.line('[1, 2, "three"]', 'irb(main):003:0> ')   # fits the 80 columns: one line
        t.line('def twice(n)', 'irb(main):004:1> ')
        t.line('n * 2', 'irb(main):005:1> ')
        t.line('end', 'irb(main):006:0> ')
        t.line('twice(', 'irb(main):007:1* ')
        t.line('21)', 'irb(main):008:0> ')
        t.line('"open', 'irb(main):009:0" ')
        t.line('string"', 'irb(main):010:0> ')
        t.line('raise "boom"', 'irb(main):011:0> ')
        t.line('nil', 'irb(main):012:0> ')
        t.send('exit\r')
        check_eq(t.wait(), 0, 'exit status')
        out = t.text()
    check(not out.startswith('Switch to inspect mode.'), 'no non-terminal banner')
    for piece in ['irb(main):001:0> 1 + 1\n=> 2\n',
                  'irb(main):002:0> [1, 2, "three"]\n=> [1, 2, "three"]\n',
                  'irb(main):003:0> def twice(n)\nirb(main):004:1>   n * 2\n'
                  'irb(main):005:1>   end\n=> :twice\n',
                  'irb(main):006:0> twice(\nirb(main):007:1*     21)\n=> 42\n',
                  'irb(main):008:0> "open\nirb(main):009:0" string"\n=> "open\\nstring"\n',
                  # stderr is a terminal: full_message's highlighting, as irb prints it
                  'irb(main):010:0> raise "boom"\n(irb):10:in `<main>\': \x1b[1mboom '
                  '(\x1b[1;4mRuntimeError\x1b[m\x1b[1m)\x1b[m\n',
                  'irb(main):011:0> nil\n=> nil\n',
                  'irb(main):012:0> exit\n']:
        check(piece in out, f'{piece!r} in the session: {out!r}')


def test_terminal_width(env):
    # pp lays results out at the terminal's width, read again after a resize.
    with session(env, ['-f']) as t:
        t.expect('irb(main):001:0> ')
        t.line('(1..14).to_a', 'irb(main):002:0> ')
        fcntl.ioctl(t.fd, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 40, 0, 0))
        t.line('(1..14).to_a', 'irb(main):003:0> ')
        t.send('exit\r')
        t.wait()
        out = t.text()
    check('(1..14).to_a\n=> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]\n' in out, f'80: {out!r}')
    check('(1..14).to_a\n=> \n[1,\n 2,\n 3,\n' in out, f'40 columns: {out!r}')


def test_seed_transcript_layout(env):
    # The seed's `Rabbit.breed` from a transient class (the persistent one is
    # persist_seed_test's business): the same bytes on the terminal.
    env.write('rabbit.rb', RABBIT_RB)
    with session(env, ['-f', '-r', './rabbit']) as t:
        t.expect('irb(main):001:0> ')
        t.line('Rabbit.breed', 'irb(main):002:0> ')
        t.send('\x04')
        check_eq(t.wait(), 0, 'exit status')
        out = t.text()
    want = ('irb(main):001:0> Rabbit.breed\n=> [' + ','.join([RABBIT] * 5) + ',\n]\n'
            'irb(main):002:0>')
    check(out.startswith(want), f'seed layout: got {out!r}')


HAT_TRICK = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'examples',
                         'persistence', 'hat_trick')


def test_seed_transcript_persistent(env):
    # The seed transcript's end: after `maglev-ruby -Mcommit rabbit.rb` and
    # `maglev-ruby breed.rb`, a fresh maglev-irb finds the persistent Rabbit.
    work = os.path.join(env.home, 'hat_trick')
    shutil.copytree(HAT_TRICK, work)
    try:
        for script in (['-Mcommit', 'rabbit.rb'], ['breed.rb']):
            r = env.run(['maglev-ruby'] + script, cwd=work)
            check_eq((r.stdout, r.stderr, r.returncode), ('', '', 0), f'maglev-ruby {script}')
        with session(env, ['-f'], cwd=work) as t:
            t.expect('irb(main):001:0> ')
            t.line('Rabbit.breed', 'irb(main):002:0> ')
            t.send('\x04')
            check_eq(t.wait(), 0, 'exit status')
            out = t.text()
        want = ('irb(main):001:0> Rabbit.breed\n=> [' + ','.join([RABBIT] * 5) + ',\n]\n'
                'irb(main):002:0>')
        check(out.startswith(want), f'the seed transcript: got {out!r}')
        r = env.run(['maglev-irb', '-f', '--prompt', 'default'], input='Rabbit.breed\n',
                    cwd=work, env={'HOME': env.home})
        check_eq(r.stdout, 'Switch to inspect mode.\n' + want + ' \n',
                 'the same through piped stdin')
    finally:
        r = env.run(['maglev', 'stop'])


def test_history_file(env):
    hist = os.path.join(env.home, '.maglev_irb_history')
    with session(env, ['-f']) as t:
        t.expect('irb(main):001:0> ')
        t.line('"history " + "works"', 'irb(main):002:0> ')
        t.line('6 * 7', 'irb(main):003:0> ')
        t.send('\x04')
        check_eq(t.wait(), 0, 'first session exit status')
    check(os.path.exists(hist), 'history file written')
    check_eq(stat.S_IMODE(os.stat(hist).st_mode), 0o600, 'history file mode')
    with open(hist) as f:
        lines = f.read().split('\n')
    # libedit's format: a header, then one line each (spaces as \040).
    check('"history\\040"\\040+\\040"works"' in lines, f'history lines: {lines!r}')
    check('6\\040*\\0407' in lines, f'history lines: {lines!r}')
    # A new session recalls the previous one's lines with the up arrow.
    with session(env, ['-f']) as t:
        t.expect('irb(main):001:0> ')
        t.send(UP + UP)
        time.sleep(0.3)
        t.line('', 'irb(main):002:0> ')
        check('=> "history works"' in t.text(), f'recalled line ran: {t.text()!r}')
        # Editing the recalled line: Up, then Ctrl-A (start of line) and typing.
        t.send(UP)
        time.sleep(0.3)
        t.send('\x01-')
        t.line('', 'irb(main):003:0> ')
        check('=> "history works"' in t.text() and '=> -42' not in t.text(), 'recall order')
        t.send(UP + UP + UP)
        time.sleep(0.3)
        t.send('\x01-')
        t.line('', 'irb(main):004:0> ')
        check('=> -42' in t.text(), f'edited recalled line: {t.text()!r}')
        t.send('exit\r')
        t.wait()


def test_tab_completion(env):
    with session(env, ['-f']) as t:
        t.expect('irb(main):001:0> ')
        t.line('my_long_local = 5', 'irb(main):002:0> ')
        t.send('my_long_lo\t')           # a local variable
        time.sleep(0.3)
        t.line('', 'irb(main):003:0> ')
        t.send('Compara\t')              # a constant
        time.sleep(0.3)
        t.line('', 'irb(main):004:0> ')
        t.send('"abc".upca\t')           # a method of a literal receiver
        time.sleep(0.3)
        t.line('', 'irb(main):005:0> ')
        t.line('word = "xyz"', 'irb(main):006:0> ')
        t.send('word.revers\t')          # a method of a local's value
        time.sleep(0.3)
        t.line('', 'irb(main):007:0> ')
        t.send('Math::PI.flo\t')         # after a constant path
        time.sleep(0.3)
        t.line('', 'irb(main):008:0> ')
        t.send('$std\t\t')               # several candidates: the second Tab lists them
        t.expect('$stdout')
        t.send('\x15')                   # Ctrl-U: drop the line
        t.line('', 'irb(main):008:0> ')
        t.send('exit\r')
        t.wait()
        out = t.text()
    for result in ['=> 5\n', '=> Comparable\n', '=> "ABC"\n', '=> "zyx"\n', '=> 3\n']:
        check(result in out, f'{result!r} after completion: {out!r}')
    check('$stderr' in out and '$stdin' in out, f'candidate list: {out!r}')


def test_ctrl_c_and_ctrl_d(env):
    env.write('bye.rb', 'at_exit { puts "at_exit ran" }\n')
    with session(env, ['-f', '-r', './bye']) as t:
        t.expect('irb(main):001:0> ')
        t.line('[1,', 'irb(main):002:1* ')
        t.send('\x03')                   # Ctrl-C: the unfinished input is dropped
        t.expect('^C')
        t.expect('irb(main):002:0> ')
        t.line('2 + 2', 'irb(main):003:0> ')
        t.send('partial line')
        t.expect('partial line')
        t.send('\x03')
        t.expect('^C')
        t.expect('irb(main):003:0> ')
        t.send('\x04')                   # Ctrl-D: the end, at_exit handlers run
        check_eq(t.wait(), 0, 'exit status')
        out = t.text()
    check('=> 4\n' in out, f'session after Ctrl-C: {out!r}')
    check(out.endswith('at_exit ran\n'), f'at_exit after Ctrl-D: {out!r}')
    check('^D' not in out, f'Ctrl-D leaves no trace, as in irb: {out!r}')


def test_irbrc_on_terminal(env):
    env.write('.irbrc', 'IRB.conf[:PROMPT_MODE] = :SIMPLE\nIRB.conf[:SAVE_HISTORY] = 0\n')
    with session(env) as t:
        t.expect('>> ')
        t.line('def m', '>>   ')   # PROMPT_N, padded to the nesting
        t.line('end', '>> ')
        t.send('quit\r')
        check_eq(t.wait(), 0, 'exit status')
    check(not os.path.exists(os.path.join(env.home, '.maglev_irb_history')),
          'SAVE_HISTORY = 0 keeps no history file')


harness.main()
