// Tests the stone's CPU placement helpers: a file on a file system without a block
// device (tmpfs) has no interrupt CPU, and pinning a thread then unpinning it puts it
// back on the mask it had.
#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "txn/cpu_placement.h"

namespace maglev::txn {
namespace {

TEST(CpuPlacement, NoInterruptCpuWithoutABlockDevice) {
  int fd = ::open("/dev/shm", O_RDONLY | O_DIRECTORY);
  ASSERT_GE(fd, 0);
  EXPECT_FALSE(disk_interrupt_cpu(fd).has_value());
  ::close(fd);
}

TEST(CpuPlacement, PinThenUnpinRestoresTheMask) {
  cpu_set_t before;
  ASSERT_EQ(::sched_getaffinity(0, sizeof before, &before), 0);
  int cpu = 0;
  while (!CPU_ISSET(cpu, &before)) ++cpu;
  ASSERT_TRUE(pin_thread(cpu).ok());
  cpu_set_t pinned;
  ASSERT_EQ(::sched_getaffinity(0, sizeof pinned, &pinned), 0);
  EXPECT_EQ(CPU_COUNT(&pinned), 1);
  EXPECT_TRUE(CPU_ISSET(cpu, &pinned));
  unpin_thread();
  cpu_set_t after;
  ASSERT_EQ(::sched_getaffinity(0, sizeof after, &after), 0);
  EXPECT_TRUE(CPU_EQUAL(&before, &after));
}

TEST(CpuPlacement, RefusesACpuOutsideTheMask) {
  EXPECT_FALSE(pin_thread(CPU_SETSIZE - 1).ok());
}

}  // namespace
}  // namespace maglev::txn
