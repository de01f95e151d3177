#!/usr/bin/env python3
"""Lists the differential tests under test/ruby: every foo.rb with a foo.out beside it
(files without .out are libraries the tests require). With --all, every .rb outside
lib/ folders (used by ./regen to produce missing .out files)."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
everything = '--all' in sys.argv
for root, dirs, files in os.walk(here):
    dirs[:] = sorted(d for d in dirs if d not in ('lib', 'fixtures'))
    for f in sorted(files):
        if f.endswith('.rb'):
            path = os.path.join(root, f)
            if everything or os.path.exists(path[:-3] + '.out'):
                print(os.path.relpath(path, here))
