#!/usr/bin/env python3
"""Sums meson test logs (testlog.json, one JSON object per line) into the closing
line `N passed, N failed, N skipped`; lists what failed. Exit 1 if anything failed."""
import json
import sys

passed = failed = skipped = 0
failures = []
for path in sys.argv[1:]:
    label = path.split('/')[0]
    with open(path) as f:
        for line in f:
            if not line.strip():
                continue
            t = json.loads(line)
            r = t.get('result')
            if r in ('OK', 'EXPECTEDFAIL'):
                passed += 1
            elif r == 'SKIP':
                skipped += 1
            else:
                failed += 1
                failures.append(f'{label}: {t.get("name")} ({r})')
for f in failures:
    print('FAILED', f)
print(f'{passed} passed, {failed} failed, {skipped} skipped')
sys.exit(1 if failed else 0)
