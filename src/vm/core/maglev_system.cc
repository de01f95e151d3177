// Maglev::System: the repository's statistics from Ruby, the numbers maglev-stat shows.
// cache_statistics is the shared cache's global counters (every session's folded in),
// session_statistics this VM's own session; both are Hashes with Symbol keys, read from
// the segment at the call (persist::statistics), attaching first like any Maglev call.
#include <algorithm>
#include <cstdint>
#include <limits>

#include "vm/core/core.h"
#include "vm/persist/persist.h"

namespace maglev::vm {

namespace {

Value statistics_hash(Vm& vm, bool session) {
  persist::ensure_attached(vm);
  Value h = hash_new(vm);
  for (const auto& [name, n] : persist::statistics(vm, session)) {
    uint64_t v = std::min<uint64_t>(n, std::numeric_limits<int64_t>::max());
    hash_aset(vm, h, sym_value(name), int_new(vm, static_cast<int64_t>(v)));
  }
  return h;
}

NATIVE(system_cache_statistics) {
  UNUSED_ARGS;
  return statistics_hash(vm, false);
}
NATIVE(system_session_statistics) {
  UNUSED_ARGS;
  return statistics_hash(vm, true);
}

}  // namespace

void init_maglev_system(Vm& vm) {
  RClass* maglev = vm.const_get(vm.cObject, intern("Maglev")).as<RClass>();
  RClass* system = module_new(vm, maglev, "System");
  RClass* meta = singleton_class(vm, Value::object(system));
  define_native(vm, meta, "cache_statistics", system_cache_statistics, 0);
  define_native(vm, meta, "session_statistics", system_session_statistics, 0);
}

}  // namespace maglev::vm
