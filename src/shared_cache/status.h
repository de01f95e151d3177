// Status and Result<T>: the explicit error values every storage call returns
// (storage code never throws). Shared by shared_cache and txn; owns no state.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace maglev {

// Error kinds a storage caller can act on; the message says what and where.
enum class Errc {
  kOk = 0,
  kIo,          // a system call failed (errno text in the message)
  kCorrupt,     // bytes on disk or in the segment failed verification
  kNoSpace,     // the file system is full; nothing was written
  kConflict,    // write-write conflict (see CommitResult for the objects)
  kProtocol,    // malformed or unexpected message
  kNotFound,    // no such repository, segment, or object
  kPermission,  // another user, or a mode that forbids access
  kStoneGone,   // the stone closed the connection (killed or stopped)
  kInvalid,     // a caller's argument or state is wrong
  kBusy,        // the resource is held by another process (e.g. a running stone)
  kMismatch,    // a segment or repository from an incompatible build/layout
};

const char* errc_name(Errc code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Errc code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status ok_status() { return Status(); }
  bool ok() const { return code_ == Errc::kOk; }
  Errc code() const { return code_; }
  const std::string& message() const { return message_; }
  // "code: message", for logs and user-facing errors.
  std::string to_string() const;

 private:
  Errc code_ = Errc::kOk;
  std::string message_;
};

// A value or a failed Status (never an ok Status).
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {}  // NOLINT
  bool ok() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  const Status& status() const {
    static const Status kOkStatus;
    return ok() ? kOkStatus : std::get<1>(v_);
  }

 private:
  std::variant<T, Status> v_;
};

// errno-based Status: "<what>: <strerror(err)>", ENOSPC mapped to kNoSpace,
// EACCES/EPERM to kPermission, ENOENT to kNotFound.
Status errno_status(int err, const std::string& what);

}  // namespace maglev
