// ObjectSpace and GC: the runtime-introspection modules. each_object walks the heap
// (gc/heap.h) and yields only user-visible objects (no singleton classes, iclasses,
// environments or bytecode); GC exposes the collector's start/count/stat and
// disable/enable. (Process is core/process.cc.)
#include <time.h>
#include <unistd.h>

#include <vector>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

bool user_visible(RBasic* o) {
  if (o->klass == nullptr) return false;
  switch (o->type) {
    case HeapType::kEnv:
    case HeapType::kCode:
      return false;
    case HeapType::kClass: {
      auto* c = reinterpret_cast<RClass*>(o);
      return c->kind == ClassKind::kClass || c->kind == ClassKind::kModule;
    }
    default:
      return true;
  }
}

// The live objects that are kind_of?(mod) (all when mod is nil), collected first so
// that yielding (which allocates) does not run during the heap walk.
std::vector<Value> live_objects(Vm& vm, Value mod) {
  std::vector<Value> out;
  RClass* k = mod.is_nil() ? nullptr : as_class(mod);
  vm.heap.each_object([&](RBasic* o) {
    if (!user_visible(o)) return;
    Value v = Value::object(o);
    if (k == nullptr || vm.is_a(v, k)) out.push_back(v);
  });
  return out;
}

const char* const kHeapTypeNames[] = {
#define HEAP_TYPE(name, type, str) "T_" #name,
#include "vm/object/heap_types.def"
#undef HEAP_TYPE
};
constexpr size_t kHeapTypeCount = sizeof kHeapTypeNames / sizeof kHeapTypeNames[0];

// h[:T_TYPE] = n for each heap type with a count (the names in upper case, as CRuby's).
void set_by_type(Vm& vm, Value h, const int64_t* by_type, size_t n) {
  for (size_t i = 0; i < kHeapTypeCount && i < n; ++i) {
    if (by_type[i] == 0) continue;
    std::string name = kHeapTypeNames[i];
    for (char& ch : name) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    hash_aset(vm, h, sym_value(name.c_str()), Value::fixnum(by_type[i]));
  }
}

}  // namespace

NATIVE(os_each_object) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  Value mod = argc > 0 ? argv[0] : Value::nil();
  if (!mod.is_nil() && !is_class_value(mod))
    vm.raise(vm.eTypeError, "class or module required");
  std::vector<Value> objs = live_objects(vm, mod);
  RootScope root(vm.heap, objs);
  if (block.is_nil()) {
    return make_enumerator(vm, self, intern("each_object"), argc, argv,
                           Value::fixnum(static_cast<int64_t>(objs.size())));
  }
  for (Value v : objs) vm.yield1(block, v);
  return Value::fixnum(static_cast<int64_t>(objs.size()));
}
NATIVE(os_garbage_collect) {
  UNUSED_ARGS;
  vm.heap.collect();
  return Value::nil();
}
NATIVE(os_count_objects) {
  UNUSED_ARGS;
  Value h = argc > 0 && is_hash(argv[0]) ? argv[0] : hash_new(vm);
  int64_t total = 0;
  int64_t by_type[16] = {};
  vm.heap.each_object([&](RBasic* o) {
    ++total;
    size_t t = static_cast<size_t>(o->type);
    if (t < 16) ++by_type[t];
  });
  hash_aset(vm, h, sym_value("TOTAL"), Value::fixnum(total));
  hash_aset(vm, h, sym_value("FREE"), Value::fixnum(0));
  set_by_type(vm, h, by_type, 16);
  return h;
}

// objspace's measures (lib/objspace.rb makes them public): an object's slot plus what
// it owns outside it; 0 for immediates.
static int64_t memsize(Vm& vm, Value v) {
  if (!v.is_heap()) return 0;
  RBasic* o = v.heap();
  return static_cast<int64_t>(vm.heap.slot_size_of(o)) + object_payload_bytes(o);
}
NATIVE(os_memsize_of) { UNUSED_ARGS; return Value::fixnum(memsize(vm, argv[0])); }
NATIVE(os_memsize_of_all) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 1);
  Value mod = argc > 0 ? argv[0] : Value::nil();
  if (!mod.is_nil() && !is_class_value(mod)) vm.raise(vm.eTypeError, "class or module required");
  int64_t total = 0;
  for (Value v : live_objects(vm, mod)) total += memsize(vm, v);
  return Value::fixnum(total);
}
NATIVE(os_count_objects_size) {
  UNUSED_ARGS;
  Value h = argc > 0 && is_hash(argv[0]) ? argv[0] : hash_new(vm);
  int64_t by_type[kHeapTypeCount] = {};
  int64_t total = 0;
  vm.heap.each_object([&](RBasic* o) {
    int64_t n = static_cast<int64_t>(vm.heap.slot_size_of(o)) + object_payload_bytes(o);
    total += n;
    size_t t = static_cast<size_t>(o->type);
    if (t < kHeapTypeCount) by_type[t] += n;
  });
  set_by_type(vm, h, by_type, kHeapTypeCount);
  hash_aset(vm, h, sym_value("TOTAL"), Value::fixnum(total));
  return h;
}

NATIVE(gc_start) {
  UNUSED_ARGS;
  vm.heap.collect();
  return Value::nil();
}
NATIVE(gc_count) { UNUSED_ARGS; return Value::fixnum(static_cast<int64_t>(vm.heap.collections())); }
static bool gc_disabled = false;
NATIVE(gc_disable) {
  UNUSED_ARGS;
  bool was = gc_disabled;
  if (!gc_disabled) vm.heap.disable();
  gc_disabled = true;
  return Value::boolean(was);
}
NATIVE(gc_enable) {
  UNUSED_ARGS;
  bool was = gc_disabled;
  if (gc_disabled) vm.heap.enable();
  gc_disabled = false;
  return Value::boolean(was);
}
NATIVE(gc_stat) {
  UNUSED_ARGS;
  Value h = hash_new(vm);
  int64_t count = static_cast<int64_t>(vm.heap.collections());
  int64_t live = static_cast<int64_t>(vm.heap.live_objects());
  hash_aset(vm, h, sym_value("count"), Value::fixnum(count));
  hash_aset(vm, h, sym_value("heap_live_slots"), Value::fixnum(live));
  hash_aset(vm, h, sym_value("heap_free_slots"), Value::fixnum(0));
  hash_aset(vm, h, sym_value("total_allocated_objects"), Value::fixnum(live));
  hash_aset(vm, h, sym_value("total_freed_objects"), Value::fixnum(0));
  hash_aset(vm, h, sym_value("major_gc_count"), Value::fixnum(count));
  hash_aset(vm, h, sym_value("minor_gc_count"), Value::fixnum(0));
  if (argc > 0 && argv[0].is_symbol()) {
    Value v = hash_lookup(vm, h, argv[0]);
    if (v.is_undef()) vm.raise(vm.eArgumentError, "unknown key: " + vm.to_s(argv[0]));
    return v;
  }
  return h;
}
NATIVE(gc_stress) { UNUSED_ARGS; return Value::f(); }

void init_object_space(Vm& vm) {
  auto defs = [&](RClass* m, const char* name, NativeFn fn, int arity) {
    define_native(vm, singleton_class(vm, Value::object(m)), name, fn, arity);
  };
  defs(vm.mObjectSpace, "each_object", os_each_object, -1);
  defs(vm.mObjectSpace, "garbage_collect", os_garbage_collect, -1);
  defs(vm.mObjectSpace, "count_objects", os_count_objects, -1);
  defs(vm.mObjectSpace, "__memsize_of", os_memsize_of, 1);
  defs(vm.mObjectSpace, "__memsize_of_all", os_memsize_of_all, -1);
  defs(vm.mObjectSpace, "__count_objects_size", os_count_objects_size, -1);
  defs(vm.mGC, "start", gc_start, -1);
  defs(vm.mGC, "count", gc_count, 0);
  defs(vm.mGC, "disable", gc_disable, 0);
  defs(vm.mGC, "enable", gc_enable, 0);
  defs(vm.mGC, "stat", gc_stat, -1);
  defs(vm.mGC, "stress", gc_stress, 0);
}

}  // namespace maglev::vm
