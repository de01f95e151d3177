// Tests BackgroundGrower on real files: a segment is created whole and paced to its
// deadline; bringing the deadline forward finishes it at once; a later one never delays it.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

#include "txn/grower.h"
#include "scratch_extent.h"

namespace maglev::txn {
namespace {

using Clock = BackgroundGrower::Clock;
using std::chrono::milliseconds;

bool collect(BackgroundGrower& g, bool wait, int* fd) {
  uint64_t first = 0, count = 0;
  Status s;
  if (!g.finish(wait, &first, &count, fd, &s)) return false;
  EXPECT_TRUE(s.ok()) << s.to_string();
  return true;
}

TEST(BackgroundGrower, PacesTheZerosToItsDeadline) {
  ScratchExtent x(true, {});
  BackgroundGrower g(x.dir);
  auto t0 = Clock::now();
  g.start(2, 1024, t0 + milliseconds(400));  // 4 MiB: the last MiB is due at 300 ms
  int fd = -1;
  EXPECT_TRUE(collect(g, true, &fd));
  EXPECT_GE(Clock::now() - t0, milliseconds(280));
  struct stat st;
  ASSERT_EQ(::fstat(fd, &st), 0);
  EXPECT_EQ(uint64_t(st.st_size), 1024 * kPageSize);
  ::close(fd);
}

TEST(BackgroundGrower, AnEarlierDeadlineFinishesItNowALaterOneNeverDelaysIt) {
  ScratchExtent x(true, {});
  BackgroundGrower g(x.dir);
  auto t0 = Clock::now();
  g.start(2, 1024, t0 + std::chrono::seconds(60));
  g.advance_deadline(t0 + std::chrono::seconds(600));  // ignored
  std::this_thread::sleep_for(milliseconds(50));
  int fd = -1;
  EXPECT_FALSE(collect(g, false, &fd));  // still paced
  EXPECT_TRUE(g.busy());
  g.advance_deadline(Clock::now());
  EXPECT_TRUE(collect(g, true, &fd));
  EXPECT_LT(Clock::now() - t0, std::chrono::seconds(10));
  EXPECT_GE(fd, 0);
  ::close(fd);
  EXPECT_EQ(::access((x.dir + "/" + segment_file_name(2)).c_str(), F_OK), 0);
}

}  // namespace
}  // namespace maglev::txn
