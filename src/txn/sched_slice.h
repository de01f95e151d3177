// Scheduler slice of the calling thread (Linux EEVDF custom slice, sched_setattr's
// sched_runtime for SCHED_OTHER; no privilege needed, the thread's weight is unchanged).
// The stone asks for a short slice: it runs for microseconds at a time, always because
// a commit is waiting on it, and with a short slice a wake-up (a request, an fdatasync
// completing) preempts a CPU-bound task at once instead of waiting for its slice or the
// next tick (~4 ms here under load).
#pragma once

#include <cstdint>

#include "shared_cache/status.h"

namespace maglev::txn {

// Requests a slice of `us` microseconds (the kernel clamps to 100 us .. 100 ms); 0
// returns to the default. Fails only with the errno of sched_setattr (kernels before
// 6.12 accept the call and keep their default slice).
Status set_sched_slice(uint32_t us);

}  // namespace maglev::txn
