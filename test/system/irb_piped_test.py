"""maglev-irb with piped stdin (irb's non-terminal mode): a session compared byte for
byte with what CRuby 3.1's irb 1.4.1 prints for the same input, prompt modes,
continuation prompts, error recovery, MagLev's layout for arrays of multi-line
inspections, exit, .irbrc and the maglev-ruby switches (-I -r -C -d, -Mcommit and
-Mpersistent against a real repository).

irb_session_null.out and irb_session_default.out were recorded from the real irb:
    HOME=$(mktemp -d) irb -f [--prompt default] < irb_session.in
with the three `\tfrom /usr/...` lines of irb's own launcher removed from each
backtrace (maglev-irb has no launcher frames). The input avoids what CRuby's irb 1.4.1
gets wrong when stdout is a pipe (echoing an assignment raises Errno::ENOTTY from
winsize) and frames of native methods (maglev's backtraces do not list them).
test_recording_matches_installed_irb re-records when irb is installed."""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness
from harness import check, check_eq

HERE = os.path.dirname(os.path.abspath(__file__))
RABBIT = "\n () ()\n( '.' )\n(\")_(\")\n"


def read(name):
    with open(os.path.join(HERE, name)) as f:
        return f.read()


def irb(env, text, *args, rc=False, cwd=None, extra_env=None):
    """Runs maglev-irb on `text` as stdin, with HOME in the test's home."""
    flags = [] if rc else ['-f']
    e = dict({'HOME': env.home}, **(extra_env or {}))
    return env.run(['maglev-irb'] + flags + list(args), input=text, env=e, cwd=cwd)


def test_session_matches_cruby(env):
    session = read('irb_session.in')
    for mode, args in (('null', []), ('default', ['--prompt', 'default'])):
        r = irb(env, session, *args)
        check_eq(r.stderr, '', f'{mode}: stderr')
        check_eq(r.returncode, 0, f'{mode}: exit status')
        want = read(f'irb_session_{mode}.out')
        if r.stdout != want:
            import difflib
            diff = ''.join(difflib.unified_diff(want.splitlines(True), r.stdout.splitlines(True),
                                                'CRuby irb', 'maglev-irb'))
            raise harness.TestFailure(f'{mode} prompt: output differs from CRuby irb:\n{diff}')


def test_recording_matches_installed_irb(env):
    if shutil.which('irb') is None:
        print('skipped: CRuby irb is not installed')
        return
    version = subprocess.run(['irb', '-v'], capture_output=True, text=True).stdout
    if not version.startswith('irb 1.4.'):
        print(f'skipped: installed irb is {version.strip()}, the recording is of irb 1.4.1')
        return
    session = read('irb_session.in')
    for mode, args in (('null', []), ('default', ['--prompt', 'default'])):
        r = subprocess.run(['irb', '-f'] + args, input=session, capture_output=True, text=True,
                           cwd=env.home, env=dict(os.environ, HOME=env.home), timeout=60)
        got = re.sub(r'(?m)^\tfrom /usr/(lib/ruby|bin/irb)\S*.*\n', '', r.stdout + r.stderr)
        check_eq(got, read(f'irb_session_{mode}.out'), f'CRuby irb now prints ({mode})')


def test_prompt_modes(env):
    text = '1\n[1,\n2]\ndef x\n1\nend\n'
    # Recorded from CRuby's irb 1.4.1 with each mode.
    want = {
        '--noprompt': 'Switch to inspect mode.\n1\n1\n[1,\n    2]\n\n[1,\n 2]\ndef x\n  1\n  end\n'
                      ':x\n\n',
        'classic': 'Switch to inspect mode.\nirb(main):001:0> 1\n1\nirb(main):002:0> [1,\n'
                   'irb(main):003:1*     2]\n\n[1,\n 2]\nirb(main):004:0> def x\n'
                   'irb(main):005:1>   1\nirb(main):006:1>   end\n:x\nirb(main):007:0> \n',
        'simple': 'Switch to inspect mode.\n>> 1\n=> 1\n>> [1,\n?>     2]\n=> \n[1,\n 2]\n'
                  '>> def x\n>>   1\n>>   end\n=> :x\n>> \n',
        'inf-ruby': 'Switch to inspect mode.\nirb(main):001:0> 1\n1\nirb(main):002:0> [1,\n'
                    '                     2]\n\n[1,\n 2]\nirb(main):004:0> def x\n'
                    '                   1\n                   end\n:x\nirb(main):007:0> \n',
        'xmp': 'Switch to inspect mode.\n1\n    ==>1\n[1,\n    2]\n    ==>\n[1,\n 2]\ndef x\n'
               '  1\n  end\n    ==>:x\n\n',
    }
    for mode, out in want.items():
        args = [mode] if mode.startswith('--') else ['--prompt', mode]
        r = irb(env, text, *args)
        check_eq(r.stdout, out, f'{mode} output')
    r = irb(env, '1\n', '--simple-prompt')
    check_eq(r.stdout, 'Switch to inspect mode.\n>> 1\n=> 1\n>> \n', '--simple-prompt')
    # --noverbose off a terminal: no echo, no prompts, but irb still pads to the
    # nesting as if they were there (recorded from CRuby's irb).
    r = irb(env, '2\ndef f\nend\n', '--prompt', 'default', '--noverbose')
    check_eq(r.stdout, ' ' * 17 + '=> 2\n' + ' ' * 36 + '=> :f\n' + ' ' * 17, '--noverbose')


def test_continuation_prompts(env):
    text = ('"a\nb"\n'           # string: PROMPT_S with %l = "
            'def m\n  [1,\n  2]\nend\n'   # nesting (PROMPT_N), then an open bracket (PROMPT_C)
            '1 +\n2\n'            # an operator at the end of a line
            '<<~E\nx\nE\n'        # heredoc body
            '%w(a\nb)\n'          # word list: %l = ]
            '/x\ny/\n'            # regexp: %l = /
            '"c" \\\n"d"\n'       # backslash-newline
            '"e #{\n1}"\n')          # the code of an interpolation: still the string's
    r = irb(env, text, '--prompt', 'simple')
    check_eq(r.stdout,
             'Switch to inspect mode.\n'
             '>> "a\n"> b"\n=> "a\\nb"\n'
             '>> def m\n>>     [1,\n?>         2]\n>>   end\n=> :m\n'
             '>> 1 +\n?>   2\n=> 3\n'
             '>> <<~E\n"> x\n"> E\n=> "x\\n"\n'
             '>> %w(a\n]> b)\n=> \n["a",\n "b"]\n'
             '>> /x\n/> y/\n=> \n/x\ny/\n'
             '>> "c" \\\n?>   "d"\n=> "cd"\n'
             '>> "e #{\n"> 1}"\n=> "e 1"\n'
             '>> \n', 'simple prompt')
    r = irb(env, 'class C\n  def m\n    [1].each do |x|\n      x\n    end\n  end\nend\nfoo(\n',
            '--prompt', 'default')
    check_eq(r.stdout,
             'Switch to inspect mode.\n'
             'irb(main):001:0> class C\n'
             'irb(main):002:1>     def m\n'
             'irb(main):003:2>         [1].each do |x|\n'
             'irb(main):004:3*               x\n'
             'irb(main):005:3>           end\n'
             'irb(main):006:2>       end\n'
             'irb(main):007:1>   end\n'
             '=> :m\n'
             'irb(main):008:0> foo(\n'
             'irb(main):009:1*     \n'   # end of input inside the call: evaluated as is
             # CRuby: the same, after its own frame (".../irb/workspace.rb:119:in `eval': ")
             '(irb):8: syntax error, unexpected end-of-input, expecting \')\' (SyntaxError)\n'
             'irb(main):009:0> \n', 'default prompt, nesting depth and end of input')


def test_error_recovery(env):
    text = ('a = 1; nil\n'
            'raise "boom"\n'
            '_.class\n'
            'b = 2; raise ArgumentError, "late"\n'
            'a + b\n'
            '1 + )\n'
            'def broken\n  nil.nope\nend\n'
            'broken\n'
            'end\n'
            '[1, 2].each { |i| raise IndexError, "in block #{i}" }\n'
            'class NoInspect; def inspect; raise "no"; end; end\n'
            'NoInspect.new\n'
            'a\n')
    r = irb(env, text, '--prompt', 'default')
    check_eq(r.returncode, 0, 'exit status')
    check_eq(r.stdout,
             'Switch to inspect mode.\n'
             'irb(main):001:0> a = 1; nil\n=> nil\n'
             'irb(main):002:0> raise "boom"\n'
             '(irb):2:in `<main>\': boom (RuntimeError)\n'
             'irb(main):003:0> _.class\n=> RuntimeError\n'
             'irb(main):004:0> b = 2; raise ArgumentError, "late"\n'
             '(irb):4:in `<main>\': late (ArgumentError)\n'
             'irb(main):005:0> a + b\n=> 3\n'
             'irb(main):006:0> 1 + )\n'
             '(irb):6: syntax error, unexpected \')\' (SyntaxError)\n'
             '1 + )\n'   # CRuby's message shows the line and a caret under the error
             '    ^\n'
             'irb(main):007:0> def broken\n'
             'irb(main):008:1>     nil.nope\n'
             'irb(main):009:1>   end\n=> :broken\n'
             'irb(main):010:0> broken\n'
             '(irb):8:in `broken\': undefined method `nope\' for nil:NilClass (NoMethodError)\n'
             '\tfrom (irb):10:in `<main>\'\n'
             'irb(main):011:0> end\n'
             '(irb):11: syntax error, unexpected `end\' (SyntaxError)\n'
             'irb(main):012:0> [1, 2].each { |i| raise IndexError, "in block #{i}" }\n'
             '(irb):12:in `block in <main>\': in block 1 (IndexError)\n'
             '\tfrom (irb):12:in `each\'\n'
             '\tfrom (irb):12:in `<main>\'\n'
             'irb(main):013:0> class NoInspect; def inspect; raise "no"; end; end\n'
             '=> :inspect\n'
             'irb(main):014:0> NoInspect.new\n'
             '(Object doesn\'t support #inspect)\n=> \n'
             'irb(main):015:0> a\n=> 1\n'
             'irb(main):016:0> \n', 'session output')


def test_long_backtraces(env):
    r = irb(env, 'def r(n) = r(n + 1)\nr(0)\ndef d(n) = n == 0 ? raise("bottom") : d(n - 1)\n'
                 'd(20)\n:alive\n')
    # A deep SystemStackError: full_message's first 8 and last 4 lines around the cut.
    check(re.search(r"\nr\(0\)\n\(irb\):1:in `r': stack level too deep \(SystemStackError\)\n"
                    r"(\tfrom \(irb\):1:in `r'\n){8}\t \.\.\. \d+ levels\.\.\.\n"
                    r"(\tfrom \(irb\):1:in `r'\n){3}\tfrom \(irb\):2:in `<main>'\n", r.stdout),
          f'SystemStackError: {r.stdout!r}')
    # Any other: irb's back_trace_limit (16 lines, then how many it left out).
    check('d(20)\n(irb):3:in `d\': bottom (RuntimeError)\n' + "\tfrom (irb):3:in `d'\n" * 16 +
          '\t... 5 levels...\n:alive\n:alive\n' in r.stdout, f'back_trace_limit: {r.stdout!r}')


def test_multiline_array_layout(env):
    # A transient class whose inspect spans lines: the seed transcript's layout
    # (`=> [`, each element then `,`, `]` alone) without the repository.
    text = ('class Rabbit\n'
            '  def inspect\n'
            '    "\\n () ()\\n( \'.\' )\\n(\\")_(\\")\\n"\n'
            '  end\n'
            '  def self.breed\n'
            '    5.times.map { Rabbit.new }\n'
            '  end\n'
            'end\n'
            'Rabbit.breed\n'
            '[Rabbit.new, 1]\n'
            'rabbits = Rabbit.breed\n'
            'rabbits.size\n')
    r = irb(env, text, '--prompt', 'default')
    out = r.stdout
    start = out.index('irb(main):009:0> ')
    check_eq(out[start:],
             'irb(main):009:0> Rabbit.breed\n=> [' + ','.join([RABBIT] * 5) + ',\n]\n'
             'irb(main):010:0> [Rabbit.new, 1]\n=> [' + RABBIT + ',\n1,\n]\n'
             'irb(main):011:0> rabbits = Rabbit.breed\n'
             '=> [\n...\n'   # an assignment: truncated to its first line
             'irb(main):012:0> rabbits.size\n=> 5\n'
             'irb(main):013:0> \n', 'layout of arrays of multi-line inspections')


def test_locals_and_last_value(env):
    text = ('x = 6; nil\n'
            'x * 7\n'
            '_ + 0.5\n'
            'counter = 0; [1, 2, 3].each { |i| counter += i }; counter\n'
            'if false then never = 1 end; never.inspect\n'
            'binding.local_variable_get(:x)\n'
            'local_variables.include?(:counter)\n'
            'def no_locals_here; defined?(x).inspect; end; no_locals_here\n'
            # a block made before the session's locals grew still shares them
            'reader = -> { x }; nil\n'
            'v1 = 1; v2 = 2; v3 = 3; v4 = 4; v5 = 5; v6 = 6; v7 = 7; nil\n'
            'x = 99; reader.()\n'
            'bump = -> { x += 1 }; bump.(); x\n')
    r = irb(env, text)
    check_eq(r.stdout,
             'Switch to inspect mode.\n'
             'x = 6; nil\nnil\n'
             'x * 7\n42\n'
             '_ + 0.5\n42.5\n'
             'counter = 0; [1, 2, 3].each { |i| counter += i }; counter\n6\n'
             'if false then never = 1 end; never.inspect\n"nil"\n'
             'binding.local_variable_get(:x)\n6\n'
             'local_variables.include?(:counter)\ntrue\n'
             'def no_locals_here; defined?(x).inspect; end; no_locals_here\n"nil"\n'
             'reader = -> { x }; nil\nnil\n'
             'v1 = 1; v2 = 2; v3 = 3; v4 = 4; v5 = 5; v6 = 6; v7 = 7; nil\nnil\n'
             'x = 99; reader.()\n99\n'
             'bump = -> { x += 1 }; bump.(); x\n100\n'
             '\n', 'locals across inputs')


def test_exit(env):
    cases = [
        ('exit\n1\n', 0, 'Switch to inspect mode.\nexit\n'),
        ('quit\n', 0, 'Switch to inspect mode.\nquit\n'),
        ('exit 3\n', 0, 'Switch to inspect mode.\nexit 3\n'),      # irb's exit ignores it
        ('Kernel.exit(4)\n', 4, 'Switch to inspect mode.\nKernel.exit(4)\n'),
        ('at_exit { puts "bye" }; nil\n', 0,
         'Switch to inspect mode.\nat_exit { puts "bye" }; nil\nnil\n\nbye\n'),
        ('', 0, 'Switch to inspect mode.\n\n'),
    ]
    for text, status, out in cases:
        r = irb(env, text)
        check_eq((r.returncode, r.stdout, r.stderr), (status, out, ''), f'input {text!r}')


RC = '''IRB.conf[:PROMPT][:MAGLEV] = {
  PROMPT_I: "maglev> ",
  PROMPT_N: "maglev| ",
  PROMPT_S: "maglev%l ",
  PROMPT_C: "maglev* ",
  RETURN: "==> %s\\n"
}
IRB.conf[:PROMPT_MODE] = :MAGLEV
puts "rc loaded"
'''


def test_irbrc(env):
    env.write('.irbrc', RC)
    text = '1\ndef f\n1\nend\n"a\nb"\n'
    # Recorded from CRuby's irb with the same ~/.irbrc.
    want = ('rc loaded\nSwitch to inspect mode.\n'
            'maglev> 1\n==> 1\n'
            'maglev> def f\nmaglev|   1\nmaglev|   end\n==> :f\n'
            'maglev> "a\nmaglev" b"\n==> "a\\nb"\n'
            'maglev> \n')
    r = irb(env, text, rc=True)
    check_eq(r.stdout, want, '~/.irbrc prompt mode')
    r = irb(env, '1\n', rc=False)
    check_eq(r.stdout, 'Switch to inspect mode.\n1\n1\n\n', '-f skips ~/.irbrc')
    # Without ~/.irbrc, ./.irbrc in the current directory is read.
    os.unlink(os.path.join(env.home, '.irbrc'))
    work = os.path.join(env.home, 'work')
    env.write('work/.irbrc', 'IRB.conf[:PROMPT_MODE] = :SIMPLE\n')
    r = irb(env, '1\n', rc=True, cwd=work)
    check_eq(r.stdout, 'Switch to inspect mode.\n>> 1\n=> 1\n>> \n', './.irbrc')
    # An rc file that raises is reported as irb reports it, and the session goes on.
    env.write('.irbrc', 'raise "oops"\n')
    r = irb(env, '1\n', rc=True)
    check(r.stdout.startswith(f'load error: {env.home}/.irbrc\nRuntimeError: oops\n\t'
                              f'{env.home}/.irbrc:1:in `'), f'rc error report: {r.stdout!r}')
    check(r.stdout.endswith('Switch to inspect mode.\n1\n1\n\n'), f'session after: {r.stdout!r}')
    # IRB.conf[:SAVE_HISTORY]/[:HISTORY_FILE] and the echo switch are honoured.
    env.write('.irbrc', 'IRB.conf[:ECHO] = false\n')
    r = irb(env, '1\nputs 2\n', rc=True)
    check_eq(r.stdout, 'Switch to inspect mode.\n1\nputs 2\n2\n\n', 'IRB.conf[:ECHO] = false')


def test_persistence_switches(env):
    # maglev-irb -Mcommit / -Mpersistent: what the session defines reaches the
    # repository (at exit, or at Maglev.commit_transaction); a plain session's does not.
    try:
        r = irb(env, 'class Hat; def self.trick = "rabbit"; end\nexit\n', '-Mcommit')
        check_eq((r.returncode, r.stderr), (0, ''), '-Mcommit session')
        r = irb(env, 'class Wand; def self.wave = "poof"; end\nMaglev.commit_transaction\n',
                '-Mpersistent')
        check_eq((r.returncode, r.stderr), (0, ''), '-Mpersistent session')
        r = irb(env, 'class Cape; end\nMaglev.commit_transaction\n')
        check_eq((r.returncode, r.stderr), (0, ''), 'transient session')
        r = env.run(['maglev-ruby', '-e', 'p Hat.trick, Wand.wave, defined?(Cape)'])
        check_eq((r.stdout, r.stderr), ('"rabbit"\n"poof"\nnil\n', ''), 'a fresh VM sees')
    finally:
        env.run(['maglev', 'stop'])


def test_maglev_ruby_switches(env):
    env.write('lib/greet.rb', 'def greet = "hello from lib"\n')
    r = irb(env, 'greet\n', '-I', os.path.join(env.home, 'lib'), '-r', 'greet')
    check_eq(r.stdout, 'Switch to inspect mode.\ngreet\n"hello from lib"\n\n', '-I and -r')
    r = irb(env, '$DEBUG\n', '-d')
    check_eq(r.stdout, 'Switch to inspect mode.\n$DEBUG\ntrue\n\n', '-d')
    r = irb(env, 'File.exist?("greet.rb")\n', '-C', os.path.join(env.home, 'lib'))
    check_eq(r.stdout, 'Switch to inspect mode.\nFile.exist?("greet.rb")\ntrue\n\n', '-C')
    r = irb(env, '1\nputs 2\n', '--noecho')
    check_eq(r.stdout, 'Switch to inspect mode.\n1\nputs 2\n2\n\n', '--noecho')
    r = irb(env, 'ARGV\n', '--', 'a', 'b')
    check_eq(r.stdout, 'Switch to inspect mode.\nARGV\n\n["a",\n "b"]\n\n', 'ARGV')
    r = env.run(['maglev-irb', '--version'])
    check(re.fullmatch(r'maglev-irb \d+\.\d+\.\d+ \(irb 1\.4\.1 compatible, ruby 3\.1\.\d+\) '
                       r'\[x86_64-linux\]\n', r.stdout), f'--version: {r.stdout!r}')
    r = env.run(['maglev-irb', '-h'])
    check(r.stdout.startswith('Usage: maglev-irb [switches]'), f'-h: {r.stdout[:60]!r}')
    for switch in ('--prompt', '-r', '-I', '--stone', '-M', '-f'):
        check(f'\n  {switch}' in r.stdout, f'help mentions {switch}')
    r = env.run(['maglev-irb', '-e', 'p 1'])
    check_eq((r.returncode, r.stdout), (1, ''), '-e is not for irb')
    check('invalid option -e' in r.stderr, f'stderr: {r.stderr!r}')
    r = env.run(['maglev-irb', '--prompt'])
    check_eq(r.returncode, 1, '--prompt without a mode')
    # maglev-ruby still parses its switches (they moved to src/tools/options.cc).
    r = env.run(['maglev-ruby', '-I', os.path.join(env.home, 'lib'), '-r', 'greet', '-e',
                 'puts greet', '-e', 'p ARGV', '--', 'x'])
    check_eq((r.returncode, r.stdout, r.stderr), (0, 'hello from lib\n["x"]\n', ''),
             'maglev-ruby -I -r -e')


harness.main()
