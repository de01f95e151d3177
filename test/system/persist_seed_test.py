"""The seed transcript (../shared/seed/persistent-code.txt), each command a separate
maglev-ruby process against one repository, output compared byte for byte. The stone
of the default repository is started by maglev-ruby itself (no set-up step)."""
import os
import shutil

import harness
from harness import check_eq

HERE = os.path.dirname(os.path.abspath(__file__))
HAT_TRICK = os.path.join(HERE, '..', '..', 'examples', 'persistence', 'hat_trick')
RABBIT = "\n () ()\n( '.' )\n(\")_(\")\n"


def stop_stone(env):
    r = env.run(['maglev', 'stop'])
    check_eq(r.returncode, 0, f'maglev stop ({r.stderr})')


def test_seed_transcript(env):
    try:
        transcript(env)
    finally:
        stop_stone(env)


def transcript(env):
    work = os.path.join(env.home, 'hat_trick')
    shutil.copytree(HAT_TRICK, work)

    def ruby(*args):
        return env.run(['maglev-ruby'] + list(args), cwd=work)

    r = ruby('rabbit.rb')
    check_eq((r.stdout, r.stderr, r.returncode), ('', '', 0), 'maglev-ruby rabbit.rb')

    r = ruby('-e', 'puts Rabbit.new.inspect')
    check_eq(r.stdout, '', 'stdout of the transient lookup')
    check_eq(r.stderr, 'ERROR 2730 , uninitialized constant Rabbit (NameError)\n',
             'stderr of the transient lookup')
    check_eq(r.returncode, 1, 'exit status of the transient lookup')

    r = ruby('-Mcommit', 'rabbit.rb')
    check_eq((r.stdout, r.stderr, r.returncode), ('', '', 0), 'maglev-ruby -Mcommit rabbit.rb')

    r = ruby('-e', 'puts Rabbit.new.inspect')
    check_eq((r.stdout, r.stderr, r.returncode), (RABBIT, '', 0),
             'a fresh VM sees the persistent Rabbit')

    r = ruby('breed.rb')
    check_eq((r.stdout, r.stderr, r.returncode), ('', '', 0), 'maglev-ruby breed.rb')

    r = ruby('-e', 'p Rabbit.breed')
    check_eq((r.stdout, r.stderr, r.returncode), ('[' + ', '.join([RABBIT] * 5) + ']\n', '', 0),
             'a fresh VM runs the persistent class method')


harness.main()
