// Interrupts of running Ruby code: a flag the time-slice timer (core/thread_timer.cc)
// and the signal handlers (core/process.cc) set from other threads or signal context,
// which the dispatch loop checks at its safe points (taken backward branches and
// `leave`) and answers with handle_interrupt: Thread.__interrupt switches green
// threads, delivers Thread#raise/kill and runs trap handlers (core/prelude/thread.rb).
#pragma once

#include <atomic>

namespace maglev::vm {

struct Vm;

// Hidden: the dispatch loop reads it PC-relative, not through the GOT.
extern std::atomic<bool> g_interrupt __attribute__((visibility("hidden")));
static_assert(std::atomic<bool>::is_always_lock_free, "set from signal handlers");

// The dispatch loop's check: one relaxed load.
inline bool interrupt_pending() { return g_interrupt.load(std::memory_order_relaxed); }

// Any thread or signal handler (async-signal-safe).
inline void request_interrupt() { g_interrupt.store(true, std::memory_order_relaxed); }

// The VM's thread, at a safe point with the top frame's pc/sp synced: calls
// Thread.__interrupt unless the top frame is prelude code, which runs atomically like
// CRuby's C core methods (the flag then stays set until user code runs). May switch
// threads or raise.
void handle_interrupt(Vm& vm);

}  // namespace maglev::vm
