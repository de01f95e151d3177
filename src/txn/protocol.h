// The session protocol on the stone's Unix socket: length-prefixed messages with
// fixed-width little-endian payloads. Clients block; the stone parses from buffers.
#pragma once

#include <cstdint>
#include <vector>

#include "shared_cache/status.h"

namespace maglev::txn {

inline constexpr uint32_t kProtocolVersion = 3;
inline constexpr uint32_t kMaxMessage = 1u << 30;
// Every stone->client message carries at least this many payload bytes (recv_msg reads
// them together with the header).
inline constexpr uint32_t kMinReplyPayload = 8;

enum class MsgType : uint32_t {
  kHello = 1,      // C->S MsgHello
  kWelcome,        // S->C MsgWelcome, with the stone's event fd (SCM_RIGHTS) for the
                   //      commit channel (txn/slot_channel.h)
  kAlloc,          // C->S u64 count
  kAllocated,      // S->C u64 first, u64 count
  kCommit,         // C->S MsgCommit, then per write MsgWrite + bytes (padded to 8);
                   //      the same bytes go through the slot when they fit there
  kCommitted,      // S->C u64 commit (socket requests only)
  kConflict,       // S->C u64 count, u64 oops[count]
  kError,          // S->C u32 Errc, u32 0, message bytes
  kDetach,         // C->S u64 0: the session ends; its slot is freed before the reply
  kDetached,       // S->C u64 0
};

struct MsgHeader {
  uint32_t length;  // payload bytes after this header
  uint32_t type;
};
struct MsgHello {
  uint32_t version;
  uint32_t pid;
};
struct MsgWelcome {
  uint32_t slot;
  uint32_t page_size;
  uint64_t token;
  uint64_t repo_id;
  char segment[64];
};
struct MsgCommit {
  uint64_t snapshot;
  uint32_t writes;
  uint32_t want_ids;  // fresh ids to grant with the reply (slot requests only; 0: none,
                      // at most kMaxGrantIds): txn/slot_channel.h, IdGrant
};
inline constexpr uint32_t kMaxGrantIds = 4096;
// The most ids one kAlloc request is granted (the stone clamps larger requests).
inline constexpr uint64_t kMaxAllocIds = uint64_t{1} << 20;
struct MsgWrite {
  uint64_t oop;
  uint64_t class_id;
  uint32_t size;
  uint32_t pad;
};

inline uint32_t pad8(uint32_t n) { return (n + 7) & ~7u; }

// Blocking send of one message (header + payload), MSG_NOSIGNAL.
Status send_msg(int fd, MsgType type, const void* payload, size_t len);
// The same, passing `pass_fd` along (SCM_RIGHTS).
Status send_msg_fd(int fd, MsgType type, const void* payload, size_t len, int pass_fd);
// Blocking receive of one whole stone->client message. kStoneGone on EOF. A file
// descriptor sent with it is stored in *passed_fd (else -1) or closed when that is null.
Status recv_msg(int fd, MsgType* type, std::vector<uint8_t>* payload, int* passed_fd = nullptr);

}  // namespace maglev::txn
