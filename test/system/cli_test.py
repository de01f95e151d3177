"""maglev-ruby's command line as a user meets it: version, help, bad options, missing
files, and several VMs running at once."""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness
from harness import check, check_eq


def test_version(env):
    for flag in ('--version', '-v'):
        r = env.run(['maglev-ruby', flag])
        check_eq(r.returncode, 0, f'{flag} exit status')
        check(re.fullmatch(r'maglev \d+\.\d+\.\d+ \(ruby 3\.1\.\d+ compatible\) \[x86_64-linux\]\n',
                           r.stdout), f'{flag} printed {r.stdout!r}')


def test_help(env):
    r = env.run(['maglev-ruby', '-h'])
    check_eq(r.returncode, 0, 'exit status')
    check(r.stdout.startswith('Usage: maglev-ruby [switches] [--] [programfile] [arguments]'),
          f'help text: {r.stdout[:80]!r}')
    for switch in ('-e', '-I', '-r', '-c', '-w', '-C', '-M'):
        check(f'\n  {switch}' in r.stdout, f'help mentions {switch}')


def test_unknown_option(env):
    r = env.run(['maglev-ruby', '--frobnicate'])
    check_eq(r.returncode, 1, 'exit status')
    check_eq(r.stdout, '', 'stdout')
    check('invalid option --frobnicate' in r.stderr, f'stderr: {r.stderr!r}')


def test_missing_file(env):
    r = env.run(['maglev-ruby', 'x.rb'])
    check_eq(r.returncode, 1, 'exit status')
    check_eq(r.stderr, 'maglev-ruby: [Error] The file "x.rb" does not exist\n', 'stderr')


def test_uncaught_did_you_mean(env):
    """The uncaught-error line keeps did_you_mean's suggestion (CRuby prints it too);
    error_highlight's snippet comes only with -w, before the suggestion."""
    script = 'def hello; end; helo'
    r = env.run(['maglev-ruby', '-e', script])
    check_eq((r.returncode, r.stderr),
             (1, "ERROR 2730 , undefined local variable or method `helo' for main:Object "
                 "(NameError)\nDid you mean?  hello\n"), 'plain')
    r = env.run(['maglev-ruby', '-w', '-e', script])
    check_eq((r.returncode, r.stderr),
             (1, "ERROR 2730 , undefined local variable or method `helo' for main:Object "
                 "(NameError)\n\n" + script + "\n" + " " * 16 + "^^^^\nDid you mean?  hello\n"
                 "\tfrom -e:1:in `<main>'\n"), 'with -w')
    r = env.run(['maglev-ruby', '-e', '{foo: 1}.fetch(:fo)'])
    check_eq((r.returncode, r.stderr),
             (1, 'ERROR 2023 , key not found: :fo (KeyError)\nDid you mean?  :foo\n'), 'KeyError')


def test_many_vms_at_once(env):
    procs = [env.spawn(['maglev-ruby', '-e', f'puts {i} * 7']) for i in range(8)]
    for i, p in enumerate(procs):
        out, err = p.communicate(timeout=60)
        check_eq((p.returncode, out, err), (0, f'{i * 7}\n', ''), f'VM {i}')


harness.main()
