// Implements log_init: one default spdlog logger per process, level from MAGLEV_LOG.
#include "base/log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace maglev::base {

void log_init(const std::string& program, const std::string& file) {
  std::shared_ptr<spdlog::logger> logger;
  if (file.empty()) {
    logger = spdlog::stderr_logger_mt(program);
  } else {
    // Create the file 0600 before spdlog opens it, so no other user can read it.
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd >= 0) ::close(fd);
    logger = spdlog::basic_logger_mt(program, file);
  }
  spdlog::level::level_enum level = spdlog::level::err;
  if (const char* env = std::getenv("MAGLEV_LOG"); env != nullptr && *env != '\0')
    level = spdlog::level::from_str(env);
  logger->set_level(level);
  logger->set_pattern("%Y-%m-%d %H:%M:%S.%e [%n %P] %l: %v");
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
}

}  // namespace maglev::base
