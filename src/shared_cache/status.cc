// Implements Status text and the errno-to-Status mapping.
#include "shared_cache/status.h"

#include <cerrno>
#include <cstring>

namespace maglev {

const char* errc_name(Errc code) {
  switch (code) {
    case Errc::kOk: return "ok";
    case Errc::kIo: return "I/O error";
    case Errc::kCorrupt: return "corrupt";
    case Errc::kNoSpace: return "no space";
    case Errc::kConflict: return "conflict";
    case Errc::kProtocol: return "protocol error";
    case Errc::kNotFound: return "not found";
    case Errc::kPermission: return "permission denied";
    case Errc::kStoneGone: return "stone gone";
    case Errc::kInvalid: return "invalid";
    case Errc::kBusy: return "busy";
    case Errc::kMismatch: return "mismatch";
  }
  return "unknown";
}

std::string Status::to_string() const {
  if (ok()) return "ok";
  return std::string(errc_name(code_)) + ": " + message_;
}

Status errno_status(int err, const std::string& what) {
  Errc code = Errc::kIo;
  if (err == ENOSPC || err == EDQUOT) code = Errc::kNoSpace;
  if (err == EACCES || err == EPERM) code = Errc::kPermission;
  if (err == ENOENT) code = Errc::kNotFound;
  return Status(code, what + ": " + std::strerror(err));
}

}  // namespace maglev
