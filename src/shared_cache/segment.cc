// Segment lifetime (create, attach, remove through Boost.Interprocess), the
// publication ring and session slots. The page cache itself is in page_cache.cc.
#include <linux/futex.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/stat.h>
#include <time.h>

#include <boost/interprocess/mapped_region.hpp>
#include <boost/interprocess/shared_memory_object.hpp>
#include <cstring>
#include <spdlog/spdlog.h>

#include "shared_cache/shared_cache.h"

namespace maglev::shared_cache {
namespace bip = boost::interprocess;

namespace {

uint64_t align_up(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

uint32_t pow2_at_least(uint32_t v) {
  uint32_t p = 1;
  while (p < v) p <<= 1;
  return p;
}

}  // namespace

Segment::~Segment() {
  if (base_ != nullptr) ::munmap(base_, size_);
}

Result<std::unique_ptr<Segment>> Segment::create(const std::string& name,
                                                 const SegmentConfig& config) {
  if (config.frame_count == 0 || config.frame_count >= (1u << kIndexFrameBits) - 1)
    return Status(Errc::kInvalid, "frame count out of range");
  if (config.session_count == 0 || config.session_count > kMaxSessions)
    return Status(Errc::kInvalid, "session count out of range");
  ShmHeader probe{};
  uint32_t buckets = pow2_at_least(std::max<uint32_t>(config.frame_count / 2, 1));
  uint32_t ring = pow2_at_least(config.ring_size);
  uint64_t off = align_up(sizeof(ShmHeader), 4096);
  uint64_t frame_meta = off;
  off = align_up(off + uint64_t{config.frame_count} * sizeof(ShmFrame), 64);
  uint64_t index = off;
  off = align_up(off + uint64_t{buckets} * sizeof(ShmIndexBucket), 64);
  uint64_t sessions = off;
  off = align_up(off + uint64_t{config.session_count} * sizeof(ShmSession), 64);
  uint64_t ringoff = off;
  off = align_up(off + uint64_t{ring} * sizeof(ShmPublication), 4096);
  uint64_t requests = off;
  off += uint64_t{config.session_count} * config.request_bytes;
  uint64_t frames = off;
  off += uint64_t{config.frame_count} * config.page_size;
  (void)probe;

  int fd = -1;
  try {
    bip::shared_memory_object shm(bip::create_only, name.c_str(), bip::read_write,
                                  bip::permissions(0600));
    shm.truncate(static_cast<bip::offset_t>(off));
    fd = ::dup(shm.get_mapping_handle().handle);
  } catch (const bip::interprocess_exception& e) {
    if (e.get_error_code() == bip::already_exists_error)
      return Status(Errc::kBusy, "shared segment " + name + " already exists");
    return Status(Errc::kIo, "creating shared segment " + name + ": " + e.what());
  }
  // Map with MAP_POPULATE and touch every page so the first commits don't pay first-touch.
  void* p = ::mmap(nullptr, off, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_POPULATE, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) {
    remove(name);
    return errno_status(errno, "mapping shared segment " + name);
  }
  auto seg = std::unique_ptr<Segment>(new Segment());
  seg->name_ = name;
  seg->base_ = static_cast<uint8_t*>(p);
  seg->size_ = off;
  std::memset(p, 0, off);
  auto* h = new (p) ShmHeader();
  h->magic = kShmMagic;
  h->layout_version = kShmLayoutVersion;
  h->page_size = config.page_size;
  h->frame_count = config.frame_count;
  h->bucket_count = buckets;
  h->session_count = config.session_count;
  h->ring_size = ring;
  h->segment_size = off;
  h->frame_meta_offset = frame_meta;
  h->index_offset = index;
  h->sessions_offset = sessions;
  h->ring_offset = ringoff;
  h->frames_offset = frames;
  h->requests_offset = requests;
  h->request_bytes = config.request_bytes;
  h->repo_id = config.repo_id;
  h->stone_pid.store(static_cast<uint32_t>(::getpid()));
  std::snprintf(h->repo_path, sizeof(h->repo_path), "%s", config.repo_path.c_str());
  seg->header_ = h;
  seg->frames_ = new (seg->base_ + frame_meta) ShmFrame[config.frame_count];
  seg->index_ = reinterpret_cast<ShmIndexBucket*>(seg->base_ + index);
  seg->sessions_ = new (seg->base_ + sessions) ShmSession[config.session_count];
  seg->ring_ = new (seg->base_ + ringoff) ShmPublication[ring];
  spdlog::info("created shared segment {} ({} MiB, {} frames of {} bytes)", name,
               off >> 20, config.frame_count, config.page_size);
  return seg;
}

void Segment::populate() {
  if (populated_) return;
  populated_ = true;
#ifdef MADV_POPULATE_WRITE
  if (::madvise(base_, size_, MADV_POPULATE_WRITE) == 0) return;
#endif
  // Older kernels: read one byte per page (the mapping is shared, so reads map the
  // existing pages; nothing is written).
  long page = ::sysconf(_SC_PAGESIZE);
  volatile uint8_t sink = 0;
  for (uint64_t off = 0; off < size_; off += static_cast<uint64_t>(page)) sink = sink ^ base_[off];
  (void)sink;
}

Result<std::unique_ptr<Segment>> Segment::attach(const std::string& name, bool read_only) {
  int fd = -1;
  uint64_t size = 0;
  try {
    bip::shared_memory_object shm(bip::open_only, name.c_str(),
                                  read_only ? bip::read_only : bip::read_write);
    bip::offset_t sz = 0;
    shm.get_size(sz);
    size = static_cast<uint64_t>(sz);
    fd = ::dup(shm.get_mapping_handle().handle);
  } catch (const bip::interprocess_exception& e) {
    if (e.get_error_code() == bip::not_found_error)
      return Status(Errc::kNotFound, "shared segment " + name + " does not exist");
    if (e.get_native_error() == EACCES || e.get_error_code() == bip::security_error)
      return Status(Errc::kPermission, "shared segment " + name + ": permission denied");
    return Status(Errc::kIo, "opening shared segment " + name + ": " + e.what());
  }
  if (size < sizeof(ShmHeader)) {
    ::close(fd);
    return Status(Errc::kMismatch, "shared segment " + name + " is too small");
  }
  int prot = read_only ? PROT_READ : PROT_READ | PROT_WRITE;
  // Page tables are filled lazily (see populate()): attaching costs no more than the
  // pages a session touches.
  void* p = ::mmap(nullptr, size, prot, MAP_SHARED, fd, 0);
  ::close(fd);
  if (p == MAP_FAILED) return errno_status(errno, "mapping shared segment " + name);
  auto seg = std::unique_ptr<Segment>(new Segment());
  seg->name_ = name;
  seg->base_ = static_cast<uint8_t*>(p);
  seg->size_ = size;
  auto* h = reinterpret_cast<ShmHeader*>(p);
  if (h->magic != kShmMagic || h->layout_version != kShmLayoutVersion ||
      h->segment_size != size)
    return Status(Errc::kMismatch, "shared segment " + name +
                                       " has another layout (magic/version/size mismatch): "
                                       "built by an incompatible maglev");
  seg->header_ = h;
  seg->frames_ = reinterpret_cast<ShmFrame*>(seg->base_ + h->frame_meta_offset);
  seg->index_ = reinterpret_cast<ShmIndexBucket*>(seg->base_ + h->index_offset);
  seg->sessions_ = reinterpret_cast<ShmSession*>(seg->base_ + h->sessions_offset);
  seg->ring_ = reinterpret_cast<ShmPublication*>(seg->base_ + h->ring_offset);
  return seg;
}

bool Segment::remove(const std::string& name) {
  return bip::shared_memory_object::remove(name.c_str());
}

bool Segment::exists(const std::string& name) {
  struct stat st;
  return ::stat(("/dev/shm/" + name).c_str(), &st) == 0;
}

void Segment::publish(const Publication& p) {
  uint64_t seq = header_->published_seq.load(std::memory_order_relaxed) + 1;
  ShmPublication& e = ring_[seq & (header_->ring_size - 1)];
  e.seq.store(0, std::memory_order_relaxed);  // readers of the old entry see it change
  std::atomic_thread_fence(std::memory_order_release);
  e.first_commit.store(p.first_commit, std::memory_order_relaxed);
  e.last_commit.store(p.last_commit, std::memory_order_relaxed);
  e.root_page.store(p.root_page, std::memory_order_relaxed);
  e.tree_height.store(p.tree_height, std::memory_order_relaxed);
  e.oplist_page.store(p.oplist_page, std::memory_order_relaxed);
  e.oplist_loc.store((uint64_t{p.oplist_offset} << 32) | p.oplist_length,
                     std::memory_order_relaxed);
  e.time_ns.store(p.time_ns, std::memory_order_relaxed);
  e.seq.store(seq, std::memory_order_release);
  header_->published_seq.store(seq, std::memory_order_release);  // the publish itself
  header_->publish_futex.fetch_add(1, std::memory_order_release);
  if (header_->publish_waiters.load(std::memory_order_seq_cst) != 0)
    ::syscall(SYS_futex, &header_->publish_futex, FUTEX_WAKE, INT32_MAX, nullptr, nullptr, 0);
}

bool Segment::wait_for_publication(uint64_t seq, uint64_t timeout_us) {
  timespec deadline;
  ::clock_gettime(CLOCK_MONOTONIC, &deadline);
  uint64_t end_ns = uint64_t(deadline.tv_sec) * 1000000000ULL + uint64_t(deadline.tv_nsec) + timeout_us * 1000;
  for (;;) {
    uint32_t word = header_->publish_futex.load(std::memory_order_acquire);
    if (header_->published_seq.load(std::memory_order_acquire) > seq) return true;
    timespec now;
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    uint64_t now_ns = uint64_t(now.tv_sec) * 1000000000ULL + uint64_t(now.tv_nsec);
    if (now_ns >= end_ns) return false;
    uint64_t left = end_ns - now_ns;
    timespec rel{static_cast<time_t>(left / 1000000000ULL), static_cast<long>(left % 1000000000ULL)};
    header_->publish_waiters.fetch_add(1, std::memory_order_seq_cst);
    if (header_->published_seq.load(std::memory_order_seq_cst) <= seq)
      ::syscall(SYS_futex, &header_->publish_futex, FUTEX_WAIT, word, &rel, nullptr, 0);
    header_->publish_waiters.fetch_sub(1, std::memory_order_relaxed);
  }
}

bool Segment::publication(uint64_t seq, Publication* out) const {
  if (seq == 0) return false;
  const ShmPublication& e = ring_[seq & (header_->ring_size - 1)];
  if (e.seq.load(std::memory_order_acquire) != seq) return false;
  out->seq = seq;
  out->first_commit = e.first_commit.load(std::memory_order_relaxed);
  out->last_commit = e.last_commit.load(std::memory_order_relaxed);
  out->root_page = e.root_page.load(std::memory_order_relaxed);
  out->tree_height = e.tree_height.load(std::memory_order_relaxed);
  out->oplist_page = e.oplist_page.load(std::memory_order_relaxed);
  uint64_t loc = e.oplist_loc.load(std::memory_order_relaxed);
  out->oplist_offset = static_cast<uint32_t>(loc >> 32);
  out->oplist_length = static_cast<uint32_t>(loc);
  out->time_ns = e.time_ns.load(std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_acquire);
  return e.seq.load(std::memory_order_relaxed) == seq;
}

Publication Segment::newest() const {
  for (;;) {
    uint64_t seq = header_->published_seq.load(std::memory_order_acquire);
    Publication p;
    if (seq == 0) return p;
    if (publication(seq, &p)) return p;
  }
}

int32_t Segment::claim_session(uint32_t pid, uint64_t token, uint64_t snapshot) {
  for (uint32_t i = 0; i < header_->session_count; ++i) {
    ShmSession& s = sessions_[i];
    if (s.state.load(std::memory_order_acquire) != kSessionFree) continue;
    s.pid.store(pid, std::memory_order_relaxed);
    s.token.store(token, std::memory_order_relaxed);
    s.snapshot.store(snapshot, std::memory_order_relaxed);
    timespec ts;
    ::clock_gettime(CLOCK_REALTIME, &ts);
    s.snapshot_time_ns.store(uint64_t(ts.tv_sec) * 1000000000ULL + ts.tv_nsec,
                             std::memory_order_relaxed);
    for (Counter* c : {&s.commits, &s.conflicts, &s.aborts, &s.lookups, &s.hits,
                       &s.pages_read})
      c->store(0, std::memory_order_relaxed);
    s.txn_state.store(kTxnIdle, std::memory_order_relaxed);
    for (auto* w : {&s.req_seq, &s.req_len, &s.waiting, &s.awaited, &s.reply_seq, &s.reply_kind})
      w->store(0, std::memory_order_relaxed);
    s.state.store(kSessionActive, std::memory_order_release);
    return static_cast<int32_t>(i);
  }
  return -1;
}

void Segment::reclaim_session(uint32_t slot) {
  ShmSession& s = sessions_[slot];
  ShmStats& g = header_->stats;
  g.aborts.value.fetch_add(s.aborts.load(), std::memory_order_relaxed);
  g.lookups.value.fetch_add(s.lookups.load(), std::memory_order_relaxed);
  g.hits.value.fetch_add(s.hits.load(), std::memory_order_relaxed);
  g.pages_read.value.fetch_add(s.pages_read.load(), std::memory_order_relaxed);
  g.misses.value.fetch_add(s.lookups.load() - std::min(s.lookups.load(), s.hits.load()),
                           std::memory_order_relaxed);
  // Frames the session left half-installed (it died between claim and publish).
  uint64_t busy_owner = kFrameBusy | (uint64_t{slot} + 1);
  for (uint32_t f = 0; f < header_->frame_count; ++f) {
    uint64_t st = frames_[f].state.load(std::memory_order_acquire);
    if ((st & ~(~0ULL << 48)) != busy_owner) continue;
    for (uint32_t b = 0; b < header_->bucket_count; ++b)
      for (auto& e : index_[b].entry) {
        uint64_t v = e.load(std::memory_order_relaxed);
        if (v != 0 && (v & ((1ULL << kIndexFrameBits) - 1)) == f + 1)
          e.compare_exchange_strong(v, 0);
      }
    uint64_t freed = (st & ~(kFrameVersionOne - 1)) + kFrameVersionOne;
    frames_[f].state.compare_exchange_strong(st, freed);
    spdlog::warn("reclaimed frame {} left busy by session slot {}", f, slot);
  }
  s.pid.store(0, std::memory_order_relaxed);
  s.token.store(0, std::memory_order_relaxed);
  s.state.store(kSessionFree, std::memory_order_release);
}

uint32_t latency_bucket(uint64_t micros) {
  uint32_t b = 0;
  while (micros > 1 && b + 1 < kLatencyBuckets) {
    micros >>= 1;
    ++b;
  }
  return b;
}

void record_phase(ShmStats& stats, ShmBatchPhase phase, uint64_t micros) {
  stats.phase_us[phase][latency_bucket(micros)].fetch_add(1, std::memory_order_relaxed);
  stats.phase_sum_us[phase].fetch_add(micros, std::memory_order_relaxed);
}

}  // namespace maglev::shared_cache
