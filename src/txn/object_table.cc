// Implements object-table lookup, the copy-on-write TreeBuilder, and the batch page
// buffer with its data stream.
#include "txn/object_table.h"

#include <cstring>

namespace maglev::txn {

Status tree_lookup(PageReader& reader, TreeRoot root, uint64_t oop, DiskObjEntry* out,
                   bool* found) {
  *found = false;
  if (root.page == 0 || oop >= tree_capacity(root.height)) return Status();
  uint64_t page = root.page;
  for (uint32_t l = root.height; l > 0; --l) {
    uint64_t slot = (oop / level_span(l - 1)) % kInteriorFanout;
    uint64_t child = 0;
    Status s = reader.read(page, static_cast<uint32_t>(slot * 8), &child, 8);
    if (!s.ok()) return s;
    if (child == 0) return Status();
    page = child;
  }
  Status s = reader.read(page, static_cast<uint32_t>((oop % kLeafEntries) * sizeof(DiskObjEntry)),
                         out, sizeof(DiskObjEntry));
  if (!s.ok()) return s;
  *found = out->page != 0;
  return Status();
}

Status read_stream(PageReader& reader, uint64_t page, uint32_t offset, uint32_t len,
                   uint8_t* out) {
  while (len > 0) {
    if (offset >= kPayloadSize) {
      ++page;
      offset = 0;
    }
    uint32_t chunk = std::min(len, kPayloadSize - offset);
    Status s = reader.read(page, offset, out, chunk);
    if (!s.ok()) return s;
    out += chunk;
    len -= chunk;
    offset += chunk;
  }
  return Status();
}

// --- BatchPages ---------------------------------------------------------------------

BatchPages::BatchPages(uint64_t first_page, uint64_t batch) : first_page_(first_page), batch_(batch) {
  buf_.reserve(8 * kPageSize);  // a batch of a few commits fits without moving
  buf_.resize(kPageSize, 0);
}

void BatchPages::append_data(const void* data, uint32_t len, uint64_t* page,
                             uint32_t* offset) {
  // The record page (index 0) is sealed by seal_record; full data pages here.
  auto next_page = [&] {
    uint64_t i = pages() - 1;
    if (i > 0) seal_page(this->page(i), PageKind::kData, first_page_ + i, batch_, kPayloadSize);
    buf_.resize(buf_.size() + kPageSize, 0);
    data_used_ = 0;
  };
  if (data_used_ == kPayloadSize) next_page();
  *page = first_page_ + pages() - 1;
  *offset = data_used_;
  const auto* src = static_cast<const uint8_t*>(data);
  while (len > 0) {
    if (data_used_ == kPayloadSize) next_page();
    uint32_t chunk = std::min(len, kPayloadSize - data_used_);
    std::memcpy(payload(this->page(pages() - 1)) + data_used_, src, chunk);
    data_used_ += chunk;
    src += chunk;
    len -= chunk;
  }
}

void BatchPages::end_data() {
  if (!data_open_) return;
  uint64_t i = pages() - 1;
  if (i > 0) seal_page(page(i), PageKind::kData, first_page_ + i, batch_, data_used_);
  else record_used_ = data_used_;
  data_open_ = false;
  stream_pages_ = pages();
}

uint64_t BatchPages::add_page(PageKind kind, const void* body, uint32_t length) {
  end_data();
  uint64_t i = pages();
  buf_.resize(buf_.size() + kPageSize, 0);
  std::memcpy(payload(page(i)), body, length);
  seal_page(page(i), kind, first_page_ + i, batch_, length);
  return first_page_ + i;
}

void BatchPages::seal_record(const DiskBatchRecord& rec) {
  end_data();
  std::memcpy(payload(page(0)), &rec, sizeof rec);
  seal_page(page(0), PageKind::kRecord, first_page_, batch_, record_used_);
}

uint64_t BatchPages::pages_hash(uint64_t from, uint64_t to) const {
  std::vector<uint64_t> sums;
  for (uint64_t i = from; i < to; ++i) sums.push_back(page_header(buf_.data() + i * kPageSize).checksum);
  return hash_bytes(sums.data(), sums.size() * 8);
}

// --- TreeBuilder --------------------------------------------------------------------

// A node as of the old root (all zeros when it has none, or when reading it failed).
// Read into uninitialised storage: a node found is copied once, not zeroed first.
Status TreeBuilder::load(uint32_t level, uint64_t index, Node* node) {
  node->reset(new uint8_t[kPayloadSize]);
  uint8_t* n = node->get();
  uint64_t page = 0;
  Status s = find_node(level, index, &page);
  if (s.ok() && page != 0) s = reader_.read(page, 0, n, kPayloadSize);
  if (!s.ok() || page == 0) std::memset(n, 0, kPayloadSize);
  if (s.ok() && page == 0 && old_.page != 0 && level == old_.height + 1 && index == 0)
    std::memcpy(n, &old_.page, 8);  // new node directly above the old root
  return s;
}

// The page of a node as of the old root; 0 when it has none.
Status TreeBuilder::find_node(uint32_t level, uint64_t index, uint64_t* page) const {
  *page = 0;
  if (old_.page == 0 || level > old_.height) return Status();
  if (index * level_span(level) >= tree_capacity(old_.height)) return Status();
  uint64_t at = old_.page;
  uint64_t first_oop = index * level_span(level);
  for (uint32_t l = old_.height; l > level; --l) {
    uint64_t slot = (first_oop / level_span(l - 1)) % kInteriorFanout;
    uint64_t child = 0;
    Status s = reader_.read(at, static_cast<uint32_t>(slot * 8), &child, 8);
    if (!s.ok()) return s;
    if (child == 0) return Status();
    at = child;
  }
  *page = at;
  return Status();
}

TreeBuilder::Node& TreeBuilder::dirty(uint32_t level, uint64_t index) {
  auto key = std::make_pair(level, index);
  auto it = dirty_.find(key);
  if (it != dirty_.end()) return it->second;
  Node n;
  Status s = load(level, index, &n);
  if (!s.ok() && load_error_.ok()) load_error_ = s;
  return dirty_.emplace(key, std::move(n)).first->second;
}

Status TreeBuilder::set(uint64_t oop, const DiskObjEntry& entry) {
  while (oop >= tree_capacity(height_)) ++height_;
  Node& leaf = dirty(0, oop / kLeafEntries);
  std::memcpy(leaf.get() + (oop % kLeafEntries) * sizeof(DiskObjEntry), &entry,
              sizeof(DiskObjEntry));
  return load_error_;
}

Status TreeBuilder::finish(BatchPages& pages, TreeRoot* new_root) {
  if (dirty_.empty()) {
    *new_root = old_;
    return Status();
  }
  // Every dirty node's ancestors are dirty; when the tree grew, the chain of index-0
  // nodes from the old root up is too (their first child is the old root).
  if (old_.page != 0)
    for (uint32_t l = old_.height + 1; l <= height_; ++l) dirty(l, 0);
  for (uint32_t l = 0; l < height_; ++l) {
    std::vector<uint64_t> parents;
    for (auto& [key, node] : dirty_)
      if (key.first == l) parents.push_back(key.second / kInteriorFanout);
    for (uint64_t p : parents) dirty(l + 1, p);
  }
  if (!load_error_.ok()) return load_error_;
  pages.end_data();
  pages.reserve_pages(pages.pages() + dirty_.size());
  for (auto& [key, node] : dirty_) {  // ordered by level, then index: children first
    auto [level, index] = key;
    uint64_t id = pages.add_page(level == 0 ? PageKind::kLeaf : PageKind::kInterior,
                                 node.get(), kPayloadSize);
    if (level == height_) {
      *new_root = TreeRoot{id, height_};
      break;
    }
    Node& parent = dirty_.at({level + 1, index / kInteriorFanout});
    std::memcpy(parent.get() + (index % kInteriorFanout) * 8, &id, 8);
  }
  return Status();
}

}  // namespace maglev::txn
