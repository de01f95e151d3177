// Recovery's second half (rebuild_object_table, declared in txn/extent.h): after a crash
// the tree pages that batches past the checkpoint deferred are lost, so the object table
// is rebuilt from the checkpoint's tree plus those batches' redo deltas and appended as a
// batch of no commit, written, synced and checkpointed before the stone serves.
#include <time.h>

#include <spdlog/spdlog.h>

#include "txn/extent.h"
#include "txn/page_reader.h"

namespace maglev::txn {

Status rebuild_object_table(IoBackend& io, const std::string& repo, ExtentState* st) {
  if (!st->tree_deferred) return Status();
  CachedExtentReader reader(nullptr, &io.files(), -1, repo);
  TreeBuilder tree(reader, st->checkpoint_root);
  for (const DiskDelta& d : st->deltas) {
    Status s = tree.set(d.oop, d.entry);
    if (!s.ok()) return Status(s.code(), "rebuilding the object table: " + s.message());
  }
  BatchPages pages(st->append_page, st->last_batch + 1);
  pages.end_data();
  TreeRoot root;
  Status s = tree.finish(pages, &root);
  if (!s.ok()) return Status(s.code(), "rebuilding the object table: " + s.message());
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  DiskBatchRecord rec{};
  rec.first_commit = st->last_commit + 1;
  rec.last_commit = st->last_commit;
  rec.first_page = pages.first_page();
  rec.page_count = rec.written_pages = pages.pages();
  rec.root_page = root.page;
  rec.tree_height = root.height;
  rec.next_oop = st->next_oop;
  rec.prev_record_checksum = st->record_checksum;
  rec.pages_hash = pages.pages_hash(1, pages.pages());
  rec.time_ns = uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
  pages.seal_record(rec);
  uint64_t end = pages.first_page() + pages.pages();
  if (end > st->extent_pages) {
    const uint64_t count = end - st->extent_pages;
    auto fd = ExtentFiles::create_segment(repo, st->extent_pages, count);
    if (!fd.ok()) return fd.status();
    io.files().adopt(st->extent_pages, count, *fd);
    st->extent_pages = end;
  }
  s = io.write_now(pages.bytes().data(), pages.bytes().size(), pages.first_page() * kPageSize, true);
  if (!s.ok()) return s;
  st->last_batch += 1;
  st->root = root;
  st->record_page = pages.first_page();
  st->record_checksum = page_header(pages.page(0)).checksum;
  st->append_page = end;
  s = write_checkpoint(io, st);
  if (!s.ok()) return s;
  spdlog::info("repository {}: rebuilt the object table from {} delta(s) past the checkpoint "
               "({} page(s))", repo, st->deltas.size(), pages.pages() - 1);
  st->tree_deferred = false;
  st->checkpoint_root = root;
  st->deltas.clear();
  st->deltas.shrink_to_fit();
  return Status();
}

}  // namespace maglev::txn
