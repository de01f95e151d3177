// Compiles the parts of spdlog maglev uses into maglev_base, from the headers of
// Debian's libspdlog-dev (SPDLOG_COMPILED_LIB: every other file sees declarations only),
// so that no binary links libspdlog.so or libfmt.so: start-up pays nothing to the dynamic
// loader for logging (fmt is used header-only, FMT_HEADER_ONLY). Must never hold maglev
// code: only spdlog's implementation headers and the template instances base/ needs.
#include <spdlog/spdlog.h>

#include <spdlog/common-inl.h>
#include <spdlog/details/backtracer-inl.h>
#include <spdlog/details/file_helper-inl.h>
#include <spdlog/details/log_msg-inl.h>
#include <spdlog/details/log_msg_buffer-inl.h>
#include <spdlog/details/os-inl.h>
#include <spdlog/details/periodic_worker-inl.h>
#include <spdlog/details/registry-inl.h>
#include <spdlog/logger-inl.h>
#include <spdlog/pattern_formatter-inl.h>
#include <spdlog/sinks/ansicolor_sink-inl.h>
#include <spdlog/sinks/base_sink-inl.h>
#include <spdlog/sinks/basic_file_sink-inl.h>
#include <spdlog/sinks/sink-inl.h>
#include <spdlog/sinks/stdout_sinks-inl.h>
#include <spdlog/spdlog-inl.h>

#ifndef SPDLOG_COMPILED_LIB
#error "spdlog_impl.cc is the compiled half of spdlog: build it with SPDLOG_COMPILED_LIB"
#endif

// The factories base/log.cc calls (declared, not defined, in compiled mode).
template std::shared_ptr<spdlog::logger>
spdlog::stderr_logger_mt<spdlog::synchronous_factory>(const std::string& logger_name);
template class spdlog::sinks::base_sink<std::mutex>;
template class spdlog::sinks::base_sink<spdlog::details::null_mutex>;
template class spdlog::sinks::basic_file_sink<std::mutex>;
