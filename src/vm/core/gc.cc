// The GC module as CRuby 3.1's: start/count/stat/latest_gc_info on the collector's
// own figures (gc/heap.h), disable/enable and stress with CRuby's return values, and
// compact, which a non-moving collector answers with a collection that moves nothing.
// Every collection here is a full one: minor_gc_count stays 0.
#include <algorithm>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

bool g_disabled = false;
int64_t g_compactions = 0;

// GC.stat's keys, in CRuby 3.1's order, with what this heap has to say for each.
void fill_stat(Vm& vm, Value h) {
  const Heap& heap = vm.heap;
  auto n = [](auto x) { return Value::fixnum(static_cast<int64_t>(x)); };
  const int64_t pages = static_cast<int64_t>(heap.page_count());
  const int64_t slots = static_cast<int64_t>(heap.available_slots());
  const int64_t live = static_cast<int64_t>(heap.live_objects());
  const int64_t count = static_cast<int64_t>(heap.collections());
  const std::pair<const char*, Value> rows[] = {
      {"count", n(count)},
      {"time", n(heap.stats().time_ns / 1000000)},
      {"heap_allocated_pages", n(pages)},
      {"heap_sorted_length", n(pages)},
      {"heap_allocatable_pages", n(0)},
      {"heap_available_slots", n(slots)},
      {"heap_live_slots", n(live)},
      {"heap_free_slots", n(slots - live)},
      {"heap_final_slots", n(0)},
      {"heap_marked_slots", n(heap.stats().marked)},
      {"heap_eden_pages", n(pages - static_cast<int64_t>(heap.empty_page_count()))},
      {"heap_tomb_pages", n(heap.empty_page_count())},
      {"total_allocated_pages", n(pages)},
      {"total_freed_pages", n(0)},
      {"total_allocated_objects", n(heap.total_allocated())},
      {"total_freed_objects", n(heap.stats().freed)},
      {"malloc_increase_bytes", n(std::max<int64_t>(0, heap.external_since_gc()))},
      {"malloc_increase_bytes_limit", n(heap.external_threshold())},
      {"minor_gc_count", n(0)},
      {"major_gc_count", n(count)},
      {"compact_count", n(g_compactions)},
      {"read_barrier_faults", n(0)},
      {"total_moved_objects", n(0)},
      {"remembered_wb_unprotected_objects", n(0)},
      {"remembered_wb_unprotected_objects_limit", n(0)},
      {"old_objects", n(heap.stats().marked)},
      {"old_objects_limit", n(2 * heap.stats().marked)},
      {"oldmalloc_increase_bytes", n(std::max<int64_t>(0, heap.external_since_gc()))},
      {"oldmalloc_increase_bytes_limit", n(heap.external_threshold())},
  };
  for (const auto& [key, v] : rows) hash_aset(vm, h, sym_value(key), v);
}

// What the last collection was: every one is major and sweeps at once.
void fill_latest(Vm& vm, Value h) {
  Heap::Reason why = vm.heap.stats().last;
  const char* major_by = why == Heap::Reason::kMethod   ? "force"
                         : why == Heap::Reason::kMalloc ? "oldmalloc"
                         : why == Heap::Reason::kStress ? "stress"
                                                        : "nofree";
  const char* gc_by = why == Heap::Reason::kMethod   ? "method"
                      : why == Heap::Reason::kMalloc ? "malloc"
                                                     : "newobj";
  bool ran = vm.heap.collections() != 0;
  hash_aset(vm, h, sym_value("major_by"), ran ? sym_value(major_by) : Value::nil());
  hash_aset(vm, h, sym_value("gc_by"), sym_value(gc_by));
  hash_aset(vm, h, sym_value("have_finalizer"), Value::f());
  hash_aset(vm, h, sym_value("immediate_sweep"), Value::boolean(ran));
  hash_aset(vm, h, sym_value("state"), sym_value("none"));
}

// GC.stat and GC.latest_gc_info: no argument gives a new hash, a Hash is filled, a
// Symbol gives one value (ArgumentError for an unknown key); anything else is a
// TypeError.
Value stat_like(Vm& vm, int argc, const Value* argv, void (*fill)(Vm&, Value)) {
  check_args(vm, argc, 0, 1);
  Value arg = argc > 0 ? argv[0] : Value::nil();
  if (arg.is_nil() || is_hash(arg)) {
    Value h = arg.is_nil() ? hash_new(vm) : arg;
    fill(vm, h);
    return h;
  }
  if (!arg.is_symbol()) vm.raise(vm.eTypeError, "non-hash or symbol given");
  Value h = hash_new(vm);
  fill(vm, h);
  Value v = hash_lookup(vm, h, arg);
  if (v.is_undef()) vm.raise(vm.eArgumentError, "unknown key: " + vm.to_s(arg));
  return v;
}

// {considered: {T_...: n}, moved: {}}: what a compaction would look at; nothing moves.
Value compact_info(Vm& vm) {
  Value considered = vm.call(Value::object(vm.mObjectSpace), intern("count_objects"));
  hash_delete(vm, considered, sym_value("TOTAL"));
  hash_delete(vm, considered, sym_value("FREE"));
  Value h = hash_new(vm);
  hash_aset(vm, h, sym_value("considered"), considered);
  hash_aset(vm, h, sym_value("moved"), hash_new(vm));
  return h;
}

}  // namespace

NATIVE(gc_start) {
  UNUSED_ARGS;
  vm.heap.collect();
  return Value::nil();
}
NATIVE(gc_count) { UNUSED_ARGS; return Value::fixnum(static_cast<int64_t>(vm.heap.collections())); }
NATIVE(gc_disable) {
  UNUSED_ARGS;
  bool was = g_disabled;
  if (!g_disabled) vm.heap.disable();
  g_disabled = true;
  return Value::boolean(was);
}
NATIVE(gc_enable) {
  UNUSED_ARGS;
  bool was = g_disabled;
  if (g_disabled) vm.heap.enable();
  g_disabled = false;
  return Value::boolean(was);
}
NATIVE(gc_stat) { UNUSED_ARGS; return stat_like(vm, argc, argv, fill_stat); }
NATIVE(gc_latest_gc_info) { UNUSED_ARGS; return stat_like(vm, argc, argv, fill_latest); }
NATIVE(gc_stress) { UNUSED_ARGS; return Value::boolean(vm.heap.stressed()); }
NATIVE(gc_set_stress) {
  UNUSED_ARGS;
  vm.heap.set_stress(argv[0].truthy());
  return argv[0];
}
NATIVE(gc_compact) {
  UNUSED_ARGS;
  vm.heap.collect();
  ++g_compactions;
  return compact_info(vm);
}
NATIVE(gc_latest_compact_info) { UNUSED_ARGS; return compact_info(vm); }
NATIVE(gc_auto_compact) { UNUSED_ARGS; return Value::f(); }
NATIVE(gc_set_auto_compact) { UNUSED_ARGS; return argv[0]; }
NATIVE(gc_total_time) {
  UNUSED_ARGS;
  return Value::fixnum(static_cast<int64_t>(vm.heap.stats().time_ns));
}
NATIVE(gc_measure_total_time) { UNUSED_ARGS; return Value::t(); }
NATIVE(gc_set_measure_total_time) { UNUSED_ARGS; return argv[0]; }
NATIVE(gc_using_rvargc_p) { UNUSED_ARGS; return Value::f(); }
NATIVE(gc_verify) { UNUSED_ARGS; return Value::nil(); }

void init_gc(Vm& vm) {
  RClass* s = singleton_class(vm, Value::object(vm.mGC));
  define_native(vm, s, "start", gc_start, -1);
  define_native(vm, s, "count", gc_count, 0);
  define_native(vm, s, "disable", gc_disable, 0);
  define_native(vm, s, "enable", gc_enable, 0);
  define_native(vm, s, "stat", gc_stat, -1);
  define_native(vm, s, "latest_gc_info", gc_latest_gc_info, -1);
  define_native(vm, s, "stress", gc_stress, 0);
  define_native(vm, s, "stress=", gc_set_stress, 1);
  define_native(vm, s, "compact", gc_compact, 0);
  define_native(vm, s, "verify_compaction_references", gc_compact, -1);
  define_native(vm, s, "latest_compact_info", gc_latest_compact_info, 0);
  define_native(vm, s, "auto_compact", gc_auto_compact, 0);
  define_native(vm, s, "auto_compact=", gc_set_auto_compact, 1);
  define_native(vm, s, "total_time", gc_total_time, 0);
  define_native(vm, s, "measure_total_time", gc_measure_total_time, 0);
  define_native(vm, s, "measure_total_time=", gc_set_measure_total_time, 1);
  define_native(vm, s, "using_rvargc?", gc_using_rvargc_p, 0);
  define_native(vm, s, "verify_internal_consistency", gc_verify, 0);
  define_native(vm, s, "verify_transient_heap_internal_consistency", gc_verify, 0);
  define_native(vm, vm.mGC, "garbage_collect", gc_start, -1);
}

}  // namespace maglev::vm
