// Implements extent creation, recovery and superblock checkpoints (see extent.h).
#include "txn/extent.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cstring>
#include <spdlog/spdlog.h>
#include <vector>

namespace maglev::txn {

namespace {

uint64_t now_ns() {
  timespec ts;
  ::clock_gettime(CLOCK_REALTIME, &ts);
  return uint64_t(ts.tv_sec) * 1000000000ULL + uint64_t(ts.tv_nsec);
}

void make_superblock_page(uint8_t* page, const DiskSuperblock& sb) {
  std::memset(page, 0, kPageSize);
  std::memcpy(payload(page), &sb, sizeof sb);
  seal_page(page, PageKind::kSuperblock, sb.generation % 2, 0, sizeof sb);
}

// Reads pages through a 1 MiB window (recovery scans forward).
class ScanReader {
 public:
  ScanReader(ExtentFiles& files, uint64_t pages) : files_(files), pages_(pages), buf_(kWindow * kPageSize) {}
  // Returns the page or nullptr if beyond the end / unreadable.
  const uint8_t* get(uint64_t page_id) {
    if (page_id >= pages_) return nullptr;
    if (page_id < first_ || page_id >= first_ + count_) {
      uint64_t n = std::min<uint64_t>(kWindow, pages_ - page_id);
      size_t got = 0;
      if (!files_.read(page_id * kPageSize, buf_.data(), n * kPageSize, &got).ok() || got < kPageSize)
        return nullptr;
      first_ = page_id;
      count_ = got / kPageSize;
    }
    return buf_.data() + (page_id - first_) * kPageSize;
  }

 private:
  static constexpr uint64_t kWindow = 256;
  ExtentFiles& files_;
  uint64_t pages_;
  std::vector<uint8_t> buf_;
  uint64_t first_ = 0, count_ = 0;
};

// True if any of the `len` bytes at `offset` that the extent holds is not zero (a page
// cut short by a truncation counts: it is part of a torn tail).
bool has_data(ExtentFiles& files, uint64_t offset, size_t len) {
  std::vector<uint8_t> buf(len);
  size_t n = 0;
  (void)files.read(offset, buf.data(), len, &n);
  for (size_t i = 0; i < n; ++i)
    if (buf[i] != 0) return true;
  return false;
}

// Verifies the batch whose record is at `record_page`: the record, then every other
// written page verifies, belongs to the batch, and matches pages_hash. Fills *rec.
Status verify_batch(ScanReader& r, uint64_t record_page, DiskBatchRecord* rec,
                    uint64_t* record_checksum) {
  const uint8_t* p = r.get(record_page);
  if (p == nullptr) return Status(Errc::kCorrupt, "record page " + std::to_string(record_page) +
                                                      " is beyond the end of the extent");
  Status s = verify_page(p, record_page);
  if (!s.ok()) return s;
  if (page_header(p).kind != static_cast<uint16_t>(PageKind::kRecord))
    return Status(Errc::kCorrupt, "page " + std::to_string(record_page) + " is not a batch record");
  uint64_t batch = page_header(p).batch;
  *record_checksum = page_header(p).checksum;
  std::memcpy(rec, payload(p), sizeof *rec);  // p dies at the next r.get()
  if (rec->first_page != record_page || rec->written_pages == 0 ||
      rec->written_pages > rec->page_count || rec->page_count > (uint64_t{1} << 32))
    return Status(Errc::kCorrupt, "batch record at page " + std::to_string(record_page) +
                                      " has an inconsistent page range");
  std::vector<uint64_t> sums;
  for (uint64_t id = record_page + 1; id < record_page + rec->written_pages; ++id) {
    const uint8_t* q = r.get(id);
    if (q == nullptr) return Status(Errc::kCorrupt, "page " + std::to_string(id) + " is missing");
    s = verify_page(q, id);
    if (!s.ok()) return s;
    if (page_header(q).batch != batch)
      return Status(Errc::kCorrupt, "page " + std::to_string(id) + " belongs to another batch");
    sums.push_back(page_header(q).checksum);
  }
  if (hash_bytes(sums.data(), sums.size() * 8) != rec->pages_hash)
    return Status(Errc::kCorrupt, "pages of the batch starting at page " +
                                      std::to_string(record_page) + " do not match its record");
  return Status();
}

// Appends the redo delta of the (verified) batch `rec` to st->deltas.
Status read_delta(ScanReader& r, const DiskBatchRecord& rec, ExtentState* st) {
  if (rec.delta_length % sizeof(DiskDelta) != 0)
    return Status(Errc::kCorrupt, "batch record at page " + std::to_string(rec.first_page) +
                                      " has a malformed delta");
  size_t at = st->deltas.size();
  st->deltas.resize(at + rec.delta_length / sizeof(DiskDelta));
  auto* out = reinterpret_cast<uint8_t*>(st->deltas.data() + at);
  uint64_t page = rec.delta_page;
  uint32_t offset = rec.delta_offset, len = rec.delta_length;
  while (len > 0) {
    if (offset >= kPayloadSize) {
      ++page;
      offset = 0;
    }
    const uint8_t* p = page >= rec.first_page && page < rec.first_page + rec.written_pages
                           ? r.get(page) : nullptr;
    if (p == nullptr) {
      st->deltas.resize(at);
      return Status(Errc::kCorrupt, "the delta of the batch at page " +
                                        std::to_string(rec.first_page) + " lies outside it");
    }
    uint32_t chunk = std::min(len, kPayloadSize - offset);
    std::memcpy(out, payload(p) + offset, chunk);
    out += chunk;
    len -= chunk;
    offset += chunk;
  }
  return Status();
}

void apply_record(ExtentState* st, const DiskBatchRecord& rec, uint64_t record_page,
                  uint64_t record_checksum, uint64_t batch) {
  st->last_commit = rec.last_commit;
  st->last_batch = batch;
  st->root = TreeRoot{rec.root_page, static_cast<uint32_t>(rec.tree_height)};
  st->next_oop = rec.next_oop;
  st->record_page = record_page;
  st->record_checksum = record_checksum;
  st->append_page = record_page + rec.page_count;
}

}  // namespace

Status create_extent(const std::string& path, uint64_t repo_id) {
  int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return errno_status(errno, "creating " + path);
  std::vector<uint8_t> pages(2 * kPageSize);
  DiskSuperblock sb{};
  sb.repo_id = repo_id;
  sb.page_size = kPageSize;
  sb.format_version = kFormatVersion;
  sb.created_time_ns = now_ns();
  for (uint64_t g = 0; g < 2; ++g) {
    sb.generation = g;
    make_superblock_page(pages.data() + g * kPageSize, sb);
  }
  Status s;
  if (::pwrite(fd, pages.data(), pages.size(), 0) != static_cast<ssize_t>(pages.size()) ||
      ::fsync(fd) != 0)
    s = errno_status(errno, "writing " + path);
  ::close(fd);
  return s;
}

Result<ExtentState> recover_extent(ExtentFiles& files, const std::string& repo) {
  ExtentState st;
  st.extent_pages = files.pages();
  ScanReader r(files, st.extent_pages);
  // 1. Superblock: the valid copy with the highest generation.
  DiskSuperblock best{};
  bool have = false;
  std::string why;
  for (uint64_t copy = 0; copy < 2; ++copy) {
    const uint8_t* p = r.get(copy);
    if (p == nullptr) {
      why += " copy " + std::to_string(copy) + " is missing;";
      continue;
    }
    Status s = verify_page(p, copy);
    if (!s.ok() || page_header(p).kind != static_cast<uint16_t>(PageKind::kSuperblock)) {
      why += " copy " + std::to_string(copy) + ": " + (s.ok() ? "not a superblock" : s.message()) + ";";
      continue;
    }
    DiskSuperblock sb;
    std::memcpy(&sb, payload(p), sizeof sb);
    if (sb.page_size != kPageSize)
      return Status(Errc::kMismatch, "repository " + repo + " uses " +
                                         std::to_string(sb.page_size) + "-byte pages");
    if (!have || sb.generation > best.generation) best = sb;
    have = true;
  }
  if (!have)
    return Status(Errc::kCorrupt, "repository " + repo + ": no superblock copy verifies (" + why + ")");
  st.repo_id = best.repo_id;
  st.sb_generation = best.generation;
  // 2. The checkpointed batch must verify: recovery never goes behind a checkpoint.
  if (best.checkpoint_record_page != 0) {
    DiskBatchRecord rec;
    uint64_t sum = 0;
    Status s = verify_batch(r, best.checkpoint_record_page, &rec, &sum);
    if (!s.ok())
      return Status(Errc::kCorrupt, "repository " + repo + ": the checkpointed batch does not verify: " +
                                        s.message());
    if (sum != best.checkpoint_record_checksum || rec.last_commit != best.checkpoint_commit)
      return Status(Errc::kCorrupt, "repository " + repo +
                                        ": the superblock names a batch record that is not there");
    apply_record(&st, rec, best.checkpoint_record_page, sum, best.checkpoint_batch);
    st.checkpoint_page = best.checkpoint_record_page;
    st.checkpoint_root = st.root;
  }
  // 3. Scan forward: each batch must chain to the previous one and fully verify.
  for (;;) {
    uint64_t pos = st.append_page;
    DiskBatchRecord rec;
    uint64_t sum = 0;
    const uint8_t* p = r.get(pos);
    if (p != nullptr && verify_page(p, pos).ok() && page_header(p).batch == st.last_batch + 1 &&
        verify_batch(r, pos, &rec, &sum).ok() && rec.prev_record_checksum == st.record_checksum &&
        rec.first_commit == st.last_commit + 1 && rec.last_commit + 1 >= rec.first_commit &&
        rec.next_oop >= st.next_oop && read_delta(r, rec, &st).ok()) {
      if (rec.written_pages < rec.page_count) st.tree_deferred = true;
      apply_record(&st, rec, pos, sum, st.last_batch + 1);
      ++st.batches_scanned;
      continue;
    }
    st.torn_tail = has_data(files, pos * kPageSize, 4 * kPageSize);  // a few pages suffice to tell
    break;
  }
  return st;
}

Status write_checkpoint(IoBackend& io, ExtentState* st) {
  DiskSuperblock sb{};
  sb.repo_id = st->repo_id;
  sb.generation = st->sb_generation + 1;
  sb.page_size = kPageSize;
  sb.format_version = kFormatVersion;
  sb.checkpoint_record_page = st->record_page;
  sb.checkpoint_record_checksum = st->record_checksum;
  sb.checkpoint_batch = st->last_batch;
  sb.checkpoint_commit = st->last_commit;
  sb.created_time_ns = now_ns();
  alignas(64) uint8_t page[kPageSize];
  make_superblock_page(page, sb);
  Status s = io.write_now(page, kPageSize, (sb.generation % 2) * kPageSize, true);
  if (!s.ok()) return s;
  st->sb_generation = sb.generation;
  st->checkpoint_page = st->record_page;
  return Status();
}

}  // namespace maglev::txn
