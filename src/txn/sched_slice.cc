// Implements set_sched_slice (see sched_slice.h) with the raw sched_setattr call.
#include "txn/sched_slice.h"

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>

namespace maglev::txn {

namespace {

// struct sched_attr of the kernel ABI (uapi/linux/sched/types.h, SCHED_ATTR_SIZE_VER1);
// glibc's own declaration differs between versions, so the layout is spelled out.
struct SchedAttr {
  uint32_t size;
  uint32_t sched_policy;
  uint64_t sched_flags;
  int32_t sched_nice;
  uint32_t sched_priority;
  uint64_t sched_runtime;
  uint64_t sched_deadline;
  uint64_t sched_period;
  uint32_t sched_util_min;
  uint32_t sched_util_max;
};
static_assert(sizeof(SchedAttr) == 56);

}  // namespace

Status set_sched_slice(uint32_t us) {
  SchedAttr a{};
  a.size = sizeof a;
  a.sched_policy = 0;  // SCHED_OTHER
  errno = 0;
  int nice = ::getpriority(PRIO_PROCESS, 0);  // the call sets nice too: keep the thread's
  if (nice == -1 && errno != 0) nice = 0;
  a.sched_nice = nice;
  a.sched_runtime = uint64_t{us} * 1000;
  if (::syscall(SYS_sched_setattr, 0, &a, 0) != 0)
    return errno_status(errno, "sched_setattr (scheduler slice " + std::to_string(us) + " us)");
  return Status();
}

}  // namespace maglev::txn
