// The extent file as a whole: creating an empty repository's extent, recovery (choose
// the newer valid superblock, verify the checkpoint batch, then scan forward batch by
// batch until something does not verify) and superblock checkpoints. Stone only.
#pragma once

#include <cstdint>
#include <string>

#include "shared_cache/status.h"
#include "txn/io.h"
#include "txn/object_table.h"
#include "txn/txn.h"

namespace maglev::txn {

struct ExtentState {
  uint64_t repo_id = 0;
  uint64_t sb_generation = 0;
  uint64_t last_commit = 0;
  uint64_t last_batch = 0;
  TreeRoot root;
  uint64_t next_oop = kFirstAllocatedOop;
  uint64_t record_page = 0;      // newest intact batch record (0: none)
  uint64_t record_checksum = 0;
  uint64_t append_page = kFirstBatchPage;  // where the next batch goes
  uint64_t checkpoint_page = 0;  // record page named by the superblock
  uint64_t extent_pages = 0;     // file size in pages
  uint64_t batches_scanned = 0;  // batches verified past the checkpoint
  bool torn_tail = false;        // non-zero bytes after the last intact batch were ignored
};

// Writes a new extent (two superblock copies) at `path`; fails if it exists.
Status create_extent(const std::string& path, uint64_t repo_id);
// Recovers `fd` (the extent of repository `repo`, for messages).
Result<ExtentState> recover_extent(int fd, const std::string& repo);
// Writes a superblock naming state's newest batch (generation+1, alternating copies).
Status write_checkpoint(IoBackend& io, ExtentState* state);

}  // namespace maglev::txn
