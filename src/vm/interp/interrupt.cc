// The interrupt flag and its handler at the dispatch loop's safe points (interrupt.h).
#include "vm/interp/interrupt.h"

#include "vm/interp/interp.h"

namespace maglev::vm {

std::atomic<bool> g_interrupt{false};

namespace {

// The last code found to be prelude code: a deferred interrupt is checked again at
// every safe point of that code, so the string comparison is skipped there.
const Code* g_last_internal = nullptr;

bool internal_code(const Code* code) {
  if (code == g_last_internal) return true;
  if (code->file.compare(0, 10, "<internal:") != 0) return false;
  g_last_internal = code;
  return true;
}

}  // namespace

void handle_interrupt(Vm& vm) {
  Frame* f = vm.current();
  if (!vm.booted || f == nullptr || f->code == nullptr || internal_code(f->code)) return;
  g_interrupt.store(false, std::memory_order_relaxed);
  static const SymId kInterrupt = intern("__interrupt");
  vm.call(Value::object(vm.cThread), kInterrupt);
}

}  // namespace maglev::vm
