// Logging set-up shared by every maglev binary: spdlog with its level taken from
// the MAGLEV_LOG environment variable (trace, debug, info, warn, error, critical,
// off; default error, so programs' own output stays clean).
// Libraries log through spdlog's default logger and never configure it.
#pragma once

#include <string>

namespace maglev::base {

// Installs the default logger for `program` writing to stderr, or appending to
// `file` when it is not empty (created mode 0600). Call once, early in main().
void log_init(const std::string& program, const std::string& file = "");

}  // namespace maglev::base
