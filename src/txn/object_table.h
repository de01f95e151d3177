// The copy-on-write object table: a radix tree of pages mapping a 64-bit object id to
// a DiskObjEntry (class id and where the bytes are). Lookups walk from a root; the
// stone's TreeBuilder rewrites only the paths a batch touches. Also the data stream
// (object bytes laid across consecutive data pages).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <new>
#include <vector>

#include "txn/page_format.h"
#include "txn/page_reader.h"

namespace maglev::txn {

struct TreeRoot {
  uint64_t page = 0;    // 0: empty table
  uint32_t height = 0;  // interior levels above the leaves
};

// Finds `oop` as of `root`. *found is false when absent.
Status tree_lookup(PageReader& reader, TreeRoot root, uint64_t oop, DiskObjEntry* out,
                   bool* found);

// Reads `len` bytes of the data stream starting at payload `offset` of `page`.
Status read_stream(PageReader& reader, uint64_t page, uint32_t offset, uint32_t len,
                   uint8_t* out);

// Allocates page-aligned storage (writes with O_DIRECT go straight from it).
template <class T>
struct PageAlignedAllocator {
  using value_type = T;
  PageAlignedAllocator() = default;
  template <class U>
  PageAlignedAllocator(const PageAlignedAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(::operator new(n * sizeof(T), std::align_val_t{kPageSize})); }
  void deallocate(T* p, size_t) { ::operator delete(p, std::align_val_t{kPageSize}); }
  template <class U>
  bool operator==(const PageAlignedAllocator<U>&) const { return true; }
};
// Whole pages, page-aligned.
using PageBuffer = std::vector<uint8_t, PageAlignedAllocator<uint8_t>>;

// Builds the sealed pages of one batch in a contiguous buffer whose first page is
// `first_page`: the record page (its payload starts with the DiskBatchRecord; the data
// stream starts right after it), the data pages the stream continues into, then the
// tree pages (add_page). seal_record fills and seals the record page last.
class BatchPages {
 public:
  BatchPages(uint64_t first_page, uint64_t batch);
  // Appends bytes to the data stream; returns where they start.
  void append_data(const void* data, uint32_t len, uint64_t* page, uint32_t* offset);
  // Closes the data stream (seals the last data page). Call before add_page.
  void end_data();
  // Adds one whole page; returns its id. `body` is kPayloadSize bytes.
  uint64_t add_page(PageKind kind, const void* body, uint32_t length);
  // Room for `n` pages in all without moving the buffer again.
  void reserve_pages(uint64_t n) { buf_.reserve(n * kPageSize); }
  // Writes `rec` at the start of the record page and seals it (after every other page).
  void seal_record(const DiskBatchRecord& rec);
  uint64_t next_page_id() const { return first_page_ + pages(); }
  uint64_t first_page() const { return first_page_; }
  uint64_t pages() const { return buf_.size() / kPageSize; }
  // Pages before the first tree page: the record and the data pages (after end_data).
  uint64_t stream_pages() const { return stream_pages_; }
  const PageBuffer& bytes() const { return buf_; }
  // Hands the buffer over (the deferred writer keeps the tree pages); nothing is left.
  PageBuffer take_bytes() { return std::move(buf_); }
  uint8_t* page(uint64_t i) { return buf_.data() + i * kPageSize; }
  uint64_t batch() const { return batch_; }
  // XXH3 over the checksums of pages [from, to) (the record's pages_hash: 1 to written).
  uint64_t pages_hash(uint64_t from, uint64_t to) const;

 private:
  uint64_t first_page_, batch_;
  PageBuffer buf_;
  bool data_open_ = true;
  uint32_t data_used_ = kRecordStreamStart;
  uint32_t record_used_ = kPayloadSize;  // stream bytes in the record page, once closed
  uint64_t stream_pages_ = 0;
};

// Copy-on-write update of the object table for one batch (stone only).
class TreeBuilder {
 public:
  TreeBuilder(PageReader& reader, TreeRoot old_root)
      : reader_(reader), old_(old_root), height_(old_root.height) {}
  Status set(uint64_t oop, const DiskObjEntry& entry);
  // Writes changed nodes bottom-up into `pages`; returns the new root.
  Status finish(BatchPages& pages, TreeRoot* new_root);

 private:
  using Node = std::unique_ptr<uint8_t[]>;  // kPayloadSize bytes
  Status load(uint32_t level, uint64_t index, Node* node);
  Status find_node(uint32_t level, uint64_t index, uint64_t* page) const;
  Node& dirty(uint32_t level, uint64_t index);

  PageReader& reader_;
  TreeRoot old_;
  uint32_t height_ = 0;
  bool grown_ = false;
  std::map<std::pair<uint32_t, uint64_t>, Node> dirty_;
  Status load_error_;
};

}  // namespace maglev::txn
