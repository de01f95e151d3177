// The extent as a whole: creating an empty repository's extent, recovery (choose
// the newer valid superblock, verify the checkpoint batch, then scan forward batch by
// batch until something does not verify, collecting the batches' redo deltas) and
// superblock checkpoints. Stone only.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "shared_cache/status.h"
#include "txn/extent_files.h"
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
  uint64_t extent_pages = 0;     // the extent's size in pages (every segment)
  uint64_t batches_scanned = 0;  // batches verified past the checkpoint
  bool torn_tail = false;        // non-zero bytes after the last intact batch were ignored
  // Set by recovery: batches past the checkpoint deferred tree pages (never read: their
  // contents are lost after a crash), so `root` is not usable as is; the object table is
  // the checkpoint's tree plus `deltas` (rebuild_object_table).
  bool tree_deferred = false;
  TreeRoot checkpoint_root;
  std::vector<DiskDelta> deltas;  // of every batch past the checkpoint, in order
};

// Writes a new extent's superblock file (two superblock copies) at `path`; fails if it
// exists. Its segments come later (ExtentFiles::create_segment).
Status create_extent(const std::string& path, uint64_t repo_id);
// Recovers the extent in `files` (of repository `repo`, for messages).
Result<ExtentState> recover_extent(ExtentFiles& files, const std::string& repo);
// When state->tree_deferred: builds the object table from the checkpoint's tree and the
// deltas, appends it as a batch of no commit (written and synced at once) and
// checkpoints it. A segment is added (in directory `repo`) when the batch does not fit.
Status rebuild_object_table(IoBackend& io, const std::string& repo, ExtentState* state);
// Writes a superblock naming state's newest batch (generation+1, alternating copies).
Status write_checkpoint(IoBackend& io, ExtentState* state);

}  // namespace maglev::txn
