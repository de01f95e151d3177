// Named crash points for kill-9 tests: with MAGLEV_TEST_HOOKS, MAGLEV_CRASH_AT=name
// (or name:N for the N-th time it is reached) makes the process SIGKILL itself there.
#pragma once

namespace maglev::txn {

// True when `name` is the armed point and the next crash_point(name) will fire.
bool crash_point_armed(const char* name);
// Kills the process with SIGKILL if `name` is armed and its count is reached.
void crash_point(const char* name);

}  // namespace maglev::txn
