// The time slice of green threads (core/prelude/thread.rb): while other threads are
// alive, a native timer thread sets the interrupt flag (interp/interrupt.h) every
// kSliceMs, as CRuby's timer thread ends a thread's 100 ms quantum; the dispatch loop
// then calls Thread.__interrupt, which switches to the next ready thread. The timer
// thread touches nothing but atomics; it ends when no thread needs it and is started
// again on demand (also in a forked child, which has no timer thread).
#include <pthread.h>
#include <time.h>

#include <atomic>

#include "vm/core/core.h"
#include "vm/interp/interrupt.h"

namespace maglev::vm {

namespace {

constexpr long kSliceMs = 100;

std::atomic<bool> g_wanted{false};    // Thread.__timer(true) and no (false) since
std::atomic<bool> g_running{false};   // a timer thread exists (or is being started)

void* timer_main(void*) {
  for (;;) {
    while (g_wanted.load()) {
      timespec ts{0, kSliceMs * 1000000L};
      while (nanosleep(&ts, &ts) != 0) {
      }
      if (g_wanted.load()) request_interrupt();
    }
    g_running.store(false);
    // Wanted again between the check and the store: keep going unless a new timer
    // thread took over.
    if (!g_wanted.load() || g_running.exchange(true)) return nullptr;
  }
}

void timer_start() {
  if (g_running.exchange(true)) return;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&attr, 64 * 1024);
  pthread_t tid;
  if (pthread_create(&tid, &attr, timer_main, nullptr) != 0) g_running.store(false);
  pthread_attr_destroy(&attr);
}

// Thread.__timer(on): the main thread's scheduler asks for time slices while other
// threads live.
NATIVE(thread_s_timer) {
  UNUSED_ARGS;
  bool on = argv[0].truthy();
  g_wanted.store(on);
  if (on) timer_start();
  return Value::nil();
}

}  // namespace

void init_thread_timer(Vm& vm) {
  pthread_atfork(nullptr, nullptr, [] { g_running.store(false); });
  define_native(vm, singleton_class(vm, Value::object(vm.cThread)), "__timer", thread_s_timer, 1);
}

}  // namespace maglev::vm
