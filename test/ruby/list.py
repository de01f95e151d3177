#!/usr/bin/env python3
"""Lists the differential tests under test/ruby: every foo.rb with a foo.out beside it
(files without .out are libraries the tests require). With --all, every .rb outside
lib/ and fixtures/ folders (used by ./regen to produce missing .out files); the
top-level lib/ holds the standard library's tests (lib/NAME/*.rb), not helpers."""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
everything = '--all' in sys.argv
for root, dirs, files in os.walk(here):
    top = root == here
    dirs[:] = sorted(d for d in dirs if (top and d == 'lib') or d not in ('lib', 'fixtures'))
    for f in sorted(files):
        if f.endswith('.rb'):
            path = os.path.join(root, f)
            if everything or os.path.exists(path[:-3] + '.out'):
                print(os.path.relpath(path, here))
