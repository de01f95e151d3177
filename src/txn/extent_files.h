// The extent on disk: one page address space kept in several files. `extent` holds the
// two superblock pages (0 and 1); every later page lives in a segment file
// `extent.<first page>` (decimal, zero-padded), and the segments follow one another
// without a gap. A segment is created whole, before any page of it is used: zeros
// written and synced under a temporary name (`extent.<first page>.new`), then renamed and
// the directory synced. So no file ever grows while commits sync it (on ext4 a file whose
// size changes makes every fdatasync of it commit the journal), and a crash never leaves
// a short segment: only a leftover `.new` file, which the stone removes.
//
// Stone: opens writable, locates pages for writes and syncs, adopts the segments that a
// grower created. VMs and tools: open read-only and find segments the stone added when a
// page lies beyond the ones they know, keeping at most kMaxReaderFds segments open.
// Thread-safe (one mutex around the segment list; readers also read under it); never
// writes a page itself and never grows or shrinks a named segment.
#pragma once

#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "shared_cache/status.h"

namespace maglev::txn {

class ExtentFiles {
 public:
  // Where bytes of the extent are: a file, the byte offset there, and how many bytes of
  // that file follow (from the offset to the end of the segment).
  struct Span {
    int fd;
    uint64_t file_offset;
    uint64_t bytes;
  };

  // Opens the extent of `repo`. Writable (the stone, holding the repository's lock): the
  // descriptors are O_RDWR, leftover `.new` files are removed, and so are segments that
  // do not continue the extent without a gap, with every one after them (a crash cannot
  // leave such a gap: only damage from outside; recovery could never reach them).
  static Result<std::unique_ptr<ExtentFiles>> open(const std::filesystem::path& repo, bool writable);
  ~ExtentFiles();
  ExtentFiles(const ExtentFiles&) = delete;
  ExtentFiles& operator=(const ExtentFiles&) = delete;

  // Pages the extent holds: the end of its last segment.
  uint64_t pages() const;
  // Bytes in the files (superblocks and segments).
  uint64_t bytes() const;
  // The span of `byte_offset`: kNotFound when it lies beyond the last segment (a
  // read-only opener first looks for segments added since it last looked); kIo when its
  // segment cannot be opened. Writable openers only: a reader's descriptor may be closed
  // by its next read (a reader keeps at most kMaxReaderFds segments open).
  Status locate(uint64_t byte_offset, Span* out);
  // Reads up to `len` bytes at `byte_offset`, across segments; *got = bytes read (short
  // at the end of the extent).
  Status read(uint64_t byte_offset, uint8_t* buf, size_t len, size_t* got);
  // Writes [buf, buf+len) at `byte_offset` (which must lie inside the extent), across
  // segments; adds each descriptor written to *touched (once each).
  Status write(const uint8_t* buf, size_t len, uint64_t byte_offset, std::vector<int>* touched);
  // fdatasync of each descriptor.
  static Status sync(const std::vector<int>& fds);
  int superblock_fd() const { return sb_fd_; }

  // Creates the segment of `count` pages starting at page `first` (the extent's current
  // end) in `repo`: zeros written and synced under the temporary name, renamed, the
  // directory synced. Any thread; touches no ExtentFiles. Returns its O_RDWR descriptor
  // for adopt(). On failure (kNoSpace when the disk is full) nothing is left behind.
  // `pace`, when given, is called after each MiB with the bytes written and the total,
  // and may sleep: zeros written at the disk's full speed halve the rate of the commits
  // syncing meanwhile; spread out, they cost them nothing measurable.
  using Pace = std::function<void(uint64_t written, uint64_t total)>;
  static Result<int> create_segment(const std::filesystem::path& repo, uint64_t first, uint64_t count,
                                    const Pace& pace = nullptr);
  // Appends a segment made by create_segment. REQUIRES: first == pages().
  void adopt(uint64_t first, uint64_t count, int fd);

 private:
  struct Segment {
    uint64_t first;  // page
    uint64_t count;  // pages
    int fd;          // -1: not opened yet
  };
  ExtentFiles(std::filesystem::path repo, bool writable) : repo_(std::move(repo)), writable_(writable) {}
  static constexpr size_t kMaxReaderFds = 32;
  Status locate_locked(uint64_t byte_offset, Span* out);  // REQUIRES: mu_ held
  Status scan();                   // (re)reads the directory; REQUIRES: mu_ held
  int segment_fd(Segment& s);      // opens it on first use; REQUIRES: mu_ held
  Segment* find(uint64_t page);    // REQUIRES: mu_ held

  std::filesystem::path repo_;
  bool writable_;
  int sb_fd_ = -1;
  mutable std::mutex mu_;
  std::vector<Segment> segments_;  // [0] is the superblock file
  std::deque<uint64_t> open_;      // a reader's open segments (first pages), oldest first
};

// The file name of the segment starting at `first_page`.
std::string segment_file_name(uint64_t first_page);

}  // namespace maglev::txn
