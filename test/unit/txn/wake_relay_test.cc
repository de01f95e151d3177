// Tests the relayed wake-ups on a real segment: the stone wakes a lone VM directly and
// leaves all but two of a larger batch's sleepers in wake_pending; a relaying VM drops
// its own bit and the bits of VMs that are awake, and takes exactly kRelayWakes sleepers.
// Then a batch of real waiting clients (threads) all get their answers.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <thread>
#include <vector>

#include "txn/slot_channel.h"
#include "txn/wake_relay.h"

namespace maglev::txn {
namespace {

using shared_cache::Segment;

std::string test_name() { return "maglev-unit-relay-" + std::to_string(::getpid()); }

struct WakeRelayTest : ::testing::Test {
  void SetUp() override {
    Segment::remove(test_name());
    shared_cache::SegmentConfig c;
    c.frame_count = 64;
    c.session_count = 16;
    c.ring_size = 8;
    auto s = Segment::create(test_name(), c);
    ASSERT_TRUE(s.ok()) << s.status().to_string();
    seg = std::move(*s);
  }
  void TearDown() override { Segment::remove(test_name()); }
  uint64_t pending() { return seg->header().wake_pending[0].load(); }
  void set_waiting(uint32_t slot, bool w) { seg->session(slot).waiting.store(w ? 1 : 0); }
  std::unique_ptr<Segment> seg;
};

TEST_F(WakeRelayTest, ALoneSleeperIsWokenDirectly) {
  WakeBatch b(seg.get());
  set_waiting(3, true);
  b.add(3);
  b.flush();
  EXPECT_EQ(pending(), 0u);
}

TEST_F(WakeRelayTest, TheStoneWakesTwoAndLeavesTheRestToTheRelay) {
  WakeBatch b(seg.get());
  for (uint32_t s = 0; s < 6; ++s) {
    set_waiting(s, true);
    b.add(s);
  }
  b.flush();
  EXPECT_EQ(__builtin_popcountll(pending()), 6 - static_cast<int>(kStoneWakes));
  EXPECT_EQ(pending() & 0b11, 0u) << "the first sleepers are the stone's";
}

TEST_F(WakeRelayTest, ARelayDropsItsOwnBitAndAwakeVmsAndTakesTwoSleepers) {
  // Slot 0 relays; 1 and 2 are awake (they relay themselves); 3..6 sleep.
  seg->header().wake_pending[0].store(0b1111111);
  set_waiting(1, false);
  set_waiting(2, false);
  for (uint32_t s = 3; s <= 6; ++s) set_waiting(s, true);
  relay_wakes(seg.get(), 0);
  EXPECT_EQ(pending(), 0b1100000u) << "0 (itself), 1 and 2 (awake) dropped, 3 and 4 taken";
  relay_wakes(seg.get(), 3);
  EXPECT_EQ(pending(), 0u);
  relay_wakes(seg.get(), 4);  // nothing left: no effect
  EXPECT_EQ(pending(), 0u);
}

TEST_F(WakeRelayTest, EveryClientOfABatchGetsItsAnswer) {
  constexpr uint32_t kVms = 12;
  int socks[kVms][2];
  std::vector<uint32_t> slots;
  ChannelServer server(seg.get());
  ASSERT_TRUE(server.init().ok());
  std::vector<std::unique_ptr<ChannelClient>> clients;
  for (uint32_t i = 0; i < kVms; ++i) {
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, socks[i]), 0);
    slots.push_back(static_cast<uint32_t>(seg->claim_session(static_cast<uint32_t>(::getpid()), i + 1, 0)));
    clients.push_back(std::make_unique<ChannelClient>(seg.get(), slots[i], socks[i][0], ::dup(server.event_fd())));
  }
  std::vector<uint64_t> got(kVms, 0);
  std::vector<std::thread> vms;
  for (uint32_t i = 0; i < kVms; ++i)
    vms.emplace_back([&, i] {
      IdGrant grant;
      (void)clients[i]->call(8, &got[i], &grant);
    });
  for (uint32_t i = 0; i < kVms; ++i)  // every request posted and its VM waiting
    while (server.request_seq(slots[i]) == 0 || seg->session(slots[i]).waiting.load() == 0)
      std::this_thread::yield();
  for (uint32_t i = 0; i < kVms; ++i) server.reply_committed(slots[i], 1, 100 + i, false, IdGrant{});
  server.flush_wakes();
  for (auto& t : vms) t.join();
  for (uint32_t i = 0; i < kVms; ++i) EXPECT_EQ(got[i], 100 + i);
  EXPECT_EQ(pending(), 0u);
  clients.clear();
  for (auto& p : socks) {
    ::close(p[0]);
    ::close(p[1]);
  }
}

}  // namespace
}  // namespace maglev::txn
