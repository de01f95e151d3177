// Implements MAGLEV_CRASH_AT (test builds only; a no-op otherwise).
#include "txn/crash_point.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "maglev_config.h"

namespace maglev::txn {

namespace {

#if MAGLEV_TEST_HOOKS
struct Armed {
  std::string name;
  long remaining = 1;  // fires when this reaches 1 at a hit
  Armed() {
    const char* env = std::getenv("MAGLEV_CRASH_AT");
    if (env == nullptr) return;
    std::string s = env;
    auto colon = s.find(':');
    name = s.substr(0, colon);
    if (colon != std::string::npos) remaining = std::max(1L, std::atol(s.c_str() + colon + 1));
  }
};
Armed& armed() {
  static Armed a;
  return a;
}
#endif

}  // namespace

bool crash_point_armed(const char* name) {
#if MAGLEV_TEST_HOOKS
  Armed& a = armed();
  if (a.name != name) return false;
  if (a.remaining > 1) {
    --a.remaining;
    return false;
  }
  return true;
#else
  (void)name;
  return false;
#endif
}

void crash_point(const char* name) {
#if MAGLEV_TEST_HOOKS
  Armed& a = armed();
  if (a.name != name) return;
  if (a.remaining > 1 && std::strcmp(name, "after_sync_before_publish") == 0) {
    --a.remaining;
    return;
  }
  ::kill(::getpid(), SIGKILL);
  ::_exit(137);
#else
  (void)name;
#endif
}

}  // namespace maglev::txn
