// Implements DeferredWriter (see deferred_writer.h): one thread per flush.
#include "txn/deferred_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

#include "txn/cpu_placement.h"
#include "txn/crash_point.h"
#include "txn/page_format.h"
#include "txn/sched_slice.h"

namespace maglev::txn {

DeferredWriter::~DeferredWriter() {
  if (thread_.joinable()) thread_.join();
}

void DeferredWriter::add(uint64_t first, PageBuffer&& buf, size_t offset, uint64_t count,
                         const Frames& frames) {
  if (count == 0) return;
  pending_.push_back(Run{first, std::move(buf), offset, count * kPageSize});
  pending_frames_.insert(pending_frames_.end(), frames.begin(), frames.end());
  pending_pages_ += count;
}

void DeferredWriter::start_flush() {
  flushing_ = std::move(pending_);
  flushing_frames_ = std::move(pending_frames_);
  pending_.clear();
  pending_frames_.clear();
  pending_pages_ = 0;
  done_.store(false, std::memory_order_relaxed);
  thread_ = std::thread([this] {
    (void)set_sched_slice(0);  // bulk writing: the default slice, not the stone's short one
    unpin_thread();            // and any CPU, not the one the stone keeps for commits
    result_ = write_runs(flushing_);
    done_.store(true, std::memory_order_release);
  });
}

// Writes the runs in order, handing each megabyte of a segment they span to writeback at
// once (the pages never pile up as dirty pages that a commit's fdatasync, running
// meanwhile, would have to write out as well), then one fdatasync per file written.
Status DeferredWriter::write_runs(const std::vector<Run>& runs) {
  ExtentFiles& files = io_.files();
  std::vector<int> touched;
  int range_fd = -1;
  uint64_t range_start = 0, range_end = 0;
  auto writeback = [&] {
    if (range_fd >= 0 && range_end > range_start)
      (void)::sync_file_range(range_fd, static_cast<off_t>(range_start),
                              static_cast<off_t>(range_end - range_start),
                              SYNC_FILE_RANGE_WAIT_BEFORE | SYNC_FILE_RANGE_WRITE |
                                  SYNC_FILE_RANGE_WAIT_AFTER);
    range_fd = -1;
    range_start = range_end = 0;
  };
  for (size_t i = 0; i < runs.size(); ++i) {
    const Run& r = runs[i];
    if (i == runs.size() / 2 && crash_point_armed("mid_tree_flush"))  // some runs written
      crash_point("mid_tree_flush");
    const uint8_t* buf = r.buf.data() + r.offset;
    uint64_t at = r.first * kPageSize;
    for (size_t left = r.len; left > 0;) {
      ExtentFiles::Span sp;
      Status s = files.locate(at, &sp);
      if (!s.ok()) return s;
      size_t n = static_cast<size_t>(std::min<uint64_t>(left, sp.bytes));
      s = files.write(buf, n, at, &touched);  // within the span: one file
      if (!s.ok()) return s;
      if (sp.fd != range_fd) {
        writeback();
        range_fd = sp.fd;
        range_start = sp.file_offset;
      }
      range_end = sp.file_offset + n;
      if (range_end - range_start >= (1u << 20)) writeback();
      buf += n;
      at += n;
      left -= n;
    }
  }
  writeback();
  Status s = ExtentFiles::sync(touched);
  if (!s.ok()) return Status(s.code(), "after writing deferred tree pages: " + s.message());
  return Status();
}

bool DeferredWriter::finish(bool wait, Status* result, Frames* frames) {
  if (!thread_.joinable()) return false;
  if (!wait && !done_.load(std::memory_order_acquire)) return false;
  thread_.join();
  *result = result_;
  *frames = std::move(flushing_frames_);
  flushing_frames_.clear();
  flushing_.clear();
  return true;
}

}  // namespace maglev::txn
