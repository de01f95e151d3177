// The on-disk format of the extent (Disk* structs): fixed 4 KiB pages, each a header
// with an XXH3 checksum, and the payloads of superblock, data, tree and batch-record
// pages. Pure format: encoding, decoding and verification, no I/O.
//
// extent    := superblock superblock batch*            (page 0 and 1: two superblock copies)
// batch     := record-page data-page* tree-page*         (contiguous page ids)
// page      := DiskPageHeader payload[kPayloadSize]    checksum = XXH3(page[8..4096))
// record    := DiskBatchRecord, then the start of the batch's data stream (object bytes,
//              then the commit list, then the redo delta), continued in the data pages
// oplist    := { u64 commit, u64 writer_token, u32 count, u32 0, u64 oop[count] }*
// delta     := DiskDelta*: every object-table entry the batch sets, in order
//
// A batch is written in one write + fdatasync of its first `written_pages` pages (the
// record, the data pages and possibly tree pages). The rest of its tree pages are
// deferred: the stone keeps them pinned in the shared cache and writes them in the
// background before the next superblock checkpoint, so that a lone small commit appends
// one page. Recovery never reads a deferred page of a batch after the checkpoint: it
// rebuilds the object table from the checkpoint's tree and the batches' deltas.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "shared_cache/status.h"

namespace maglev::txn {

inline constexpr uint32_t kPageSize = 4096;
inline constexpr uint32_t kPageMagic = 0x4750474d;  // "MGPG"
inline constexpr uint16_t kFormatVersion = 2;
inline constexpr uint64_t kFirstBatchPage = 2;

enum class PageKind : uint16_t {
  kSuperblock = 1,
  kData = 2,
  kLeaf = 3,
  kInterior = 4,
  kRecord = 5,
};

struct DiskPageHeader {
  uint64_t checksum;   // XXH3_64bits of bytes [8, kPageSize)
  uint32_t magic;
  uint16_t kind;       // PageKind
  uint16_t version;    // kFormatVersion
  uint64_t page_id;    // the page's own position in the extent
  uint64_t batch;      // batch sequence number (0 for superblocks)
  uint32_t length;     // payload bytes in use
  uint32_t flags;
  uint64_t reserved;
};
static_assert(sizeof(DiskPageHeader) == 48);
inline constexpr uint32_t kPayloadSize = kPageSize - sizeof(DiskPageHeader);

// Object-table leaf entry: where one object's bytes are. page == 0: no such object.
struct DiskObjEntry {
  uint64_t class_id;
  uint64_t page;      // first data page of the object's bytes
  uint32_t offset;    // offset in that page's payload; bytes continue in page+1, ...
  uint32_t size;
};
static_assert(sizeof(DiskObjEntry) == 24);
inline constexpr uint32_t kLeafEntries = kPayloadSize / sizeof(DiskObjEntry);  // 168
inline constexpr uint32_t kInteriorFanout = kPayloadSize / sizeof(uint64_t);   // 506

struct DiskSuperblock {
  uint64_t repo_id;
  uint64_t generation;             // newest valid copy wins
  uint32_t page_size;
  uint32_t format_version;
  uint64_t checkpoint_record_page; // 0: no batch yet (empty repository)
  uint64_t checkpoint_record_checksum;
  uint64_t checkpoint_batch;
  uint64_t checkpoint_commit;
  uint64_t created_time_ns;
};

struct DiskBatchRecord {
  uint64_t first_commit, last_commit;  // last_commit = first_commit - 1: no commit (a
                                       // tree rebuilt by recovery)
  uint64_t first_page;             // this record page: the batch's first page
  uint64_t page_count;             // every page of the batch, deferred ones included
  uint64_t written_pages;          // pages written with the record (the record included)
  uint64_t root_page;              // object-table root as of last_commit (0: empty)
  uint64_t tree_height;            // interior levels above the leaves
  uint64_t next_oop;               // first never-allocated object id
  uint64_t prev_record_checksum;   // chains batches: stale pages never join a new chain
  uint64_t pages_hash;             // XXH3 over the checksums of the other written pages
  uint64_t time_ns;
  uint64_t oplist_page;
  uint32_t oplist_offset, oplist_length;
  uint64_t delta_page;
  uint32_t delta_offset, delta_length;
  uint64_t reserved;
};
static_assert(sizeof(DiskBatchRecord) == 128);
// Where the data stream starts in a batch's record page.
inline constexpr uint32_t kRecordStreamStart = sizeof(DiskBatchRecord);

// One redo-delta entry: object `oop` now has `entry`.
struct DiskDelta {
  uint64_t oop;
  DiskObjEntry entry;
};
static_assert(sizeof(DiskDelta) == 32);

uint64_t page_checksum(const uint8_t* page);
// Fills the header (checksum last).
void seal_page(uint8_t* page, PageKind kind, uint64_t page_id, uint64_t batch, uint32_t length);
// Verifies magic, version, checksum and that the page sits at `page_id`.
Status verify_page(const uint8_t* page, uint64_t page_id);
inline const DiskPageHeader& page_header(const uint8_t* page) {
  return *reinterpret_cast<const DiskPageHeader*>(page);
}
inline uint8_t* payload(uint8_t* page) { return page + sizeof(DiskPageHeader); }
inline const uint8_t* payload(const uint8_t* page) { return page + sizeof(DiskPageHeader); }

// Span of object ids covered by one node at `level` (0 = leaf) and the tree capacity.
uint64_t level_span(uint32_t level);
uint64_t tree_capacity(uint32_t height);
uint64_t hash_bytes(const void* data, size_t len);

}  // namespace maglev::txn
