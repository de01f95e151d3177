// Tests the commit channel on a real segment: a posted request reaches the server with
// its bytes, the answer (a commit number, or "on the socket") reaches the waiting
// client, a sleeping server is woken through its event fd while a busy one is not, and
// a client waiting for an answer returns kStoneGone when the server's socket closes.
#include <gtest/gtest.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <thread>
#include <vector>

#include "txn/slot_channel.h"

namespace maglev::txn {
namespace {

using shared_cache::Segment;

std::string test_name() { return "maglev-unit-channel-" + std::to_string(::getpid()); }

struct ChannelTest : ::testing::Test {
  void SetUp() override {
    Segment::remove(test_name());
    shared_cache::SegmentConfig c;
    c.frame_count = 64;
    c.session_count = 8;
    c.ring_size = 8;
    auto s = Segment::create(test_name(), c);
    ASSERT_TRUE(s.ok()) << s.status().to_string();
    seg = std::move(*s);
    slot = static_cast<uint32_t>(seg->claim_session(static_cast<uint32_t>(::getpid()), 1, 0));
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, socks), 0);
    server = std::make_unique<ChannelServer>(seg.get());
    ASSERT_TRUE(server->init().ok());
    client = std::make_unique<ChannelClient>(seg.get(), slot, socks[0], ::dup(server->event_fd()));
  }
  void TearDown() override {
    client.reset();
    server.reset();
    for (int fd : socks)
      if (fd >= 0) ::close(fd);
    Segment::remove(test_name());
  }
  // The slots collected now.
  std::vector<uint32_t> collect() {
    std::vector<uint32_t> slots;
    server->collect([&](uint32_t s) { slots.push_back(s); });
    return slots;
  }
  // Waits until the client (on another thread) has posted a request newer than `seen`
  // and waits for its answer (so any wake-up of the server is done by then).
  void wait_posted(uint32_t seen) {
    while (server->request_seq(slot) == seen || seg->session(slot).waiting.load() == 0)
      std::this_thread::yield();
  }
  bool event_fd_readable() {
    pollfd p{server->event_fd(), POLLIN, 0};
    return ::poll(&p, 1, 0) == 1;
  }
  std::unique_ptr<Segment> seg;
  uint32_t slot = 0;
  int socks[2] = {-1, -1};
  std::unique_ptr<ChannelServer> server;
  std::unique_ptr<ChannelClient> client;
};

TEST_F(ChannelTest, RequestBytesReachTheServerAndTheCommitNumberComesBack) {
  server->sleep_as(shared_cache::kStoneIdle);
  std::memcpy(client->area(), "request!", 8);
  Result<uint32_t> kind = 0u;
  uint64_t commit = 0;
  IdGrant grant;
  std::thread vm([&] { kind = client->call(8, &commit, &grant); });
  wait_posted(0);
  EXPECT_TRUE(event_fd_readable()) << "an idle server is woken";
  server->drain();
  server->awake();
  EXPECT_EQ(collect(), std::vector<uint32_t>{slot});
  uint32_t len = 0;
  const uint8_t* p = server->request(slot, &len);
  ASSERT_EQ(len, 8u);
  EXPECT_EQ(std::memcmp(p, "request!", 8), 0);
  server->reply_committed(slot, server->request_seq(slot), 42, false, IdGrant{1000, 16});
  server->flush_wakes();
  vm.join();
  ASSERT_TRUE(kind.ok()) << kind.status().to_string();
  EXPECT_EQ(*kind, shared_cache::kReplyCommitted);
  EXPECT_EQ(commit, 42u);
  EXPECT_EQ(grant.first, 1000u);
  EXPECT_EQ(grant.count, 16u);
  EXPECT_TRUE(collect().empty());
}

TEST_F(ChannelTest, ABusyServerIsNotWokenAndAnAnswerOnTheSocketIsSaidSo) {
  server->awake();  // busy (e.g. syncing a batch): the VM must not write the event fd
  Result<uint32_t> kind = 0u;
  uint64_t commit = 0;
  IdGrant grant;
  std::thread vm([&] { kind = client->call(16, &commit, &grant); });
  wait_posted(0);
  EXPECT_FALSE(event_fd_readable());
  EXPECT_EQ(collect(), std::vector<uint32_t>{slot});
  server->reply_on_socket(slot, server->request_seq(slot));
  server->flush_wakes();
  vm.join();
  ASSERT_TRUE(kind.ok());
  EXPECT_EQ(*kind, shared_cache::kReplyOnSocket);
}

TEST_F(ChannelTest, OnlyTheLastSessionBackWakesAGatheringServer) {
  // Acknowledged by the previous batch and expected back: this session and another.
  server->expect(2);
  server->reply_committed(slot, 0, 1, true, IdGrant{});  // sets the slot's awaited flag
  server->flush_wakes();
  server->sleep_as(shared_cache::kStoneGathering);
  uint64_t commit = 0;
  IdGrant grant;
  std::thread first([&] { (void)client->call(8, &commit, &grant); });
  wait_posted(0);
  EXPECT_FALSE(event_fd_readable()) << "one of two back: no wake-up yet";
  EXPECT_EQ(seg->header().gather_left.load(), 1);
  server->reply_committed(slot, server->request_seq(slot), 2, true, IdGrant{});
  server->flush_wakes();
  first.join();
  EXPECT_EQ(commit, 2u);
  // Now it is the last one expected.
  std::thread second([&] { (void)client->call(8, &commit, &grant); });
  wait_posted(1);
  EXPECT_TRUE(event_fd_readable()) << "the last session back wakes the gathering server";
  server->reply_committed(slot, server->request_seq(slot), 3, false, IdGrant{});
  server->flush_wakes();
  second.join();
  EXPECT_EQ(commit, 3u);
  EXPECT_EQ(grant.count, 0u) << "no grant asked, none given";
}

TEST_F(ChannelTest, AWaitingClientNoticesTheServerIsGone) {
  Result<uint32_t> kind = 0u;
  uint64_t commit = 0;
  IdGrant grant;
  std::thread vm([&] { kind = client->call(8, &commit, &grant); });
  wait_posted(0);
  ::close(socks[1]);  // the stone died: its end of the session socket closes
  socks[1] = -1;
  vm.join();  // within the liveness check's period, not never
  ASSERT_FALSE(kind.ok());
  EXPECT_EQ(kind.status().code(), Errc::kStoneGone);
}

}  // namespace
}  // namespace maglev::txn
