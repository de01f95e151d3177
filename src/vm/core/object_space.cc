// ObjectSpace: the heap-introspection module. each_object walks the heap (gc/heap.h)
// and yields only user-visible objects (no singleton classes, iclasses, environments
// or bytecode); count_objects counts slots under CRuby's type names. (GC is core/gc.cc,
// ObjectSpace::WeakMap core/weak_map.cc.)
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

// CRuby's T_ types in its count_objects order, and which one each object would be
// there: a Range is a T_STRUCT, procs and methods T_DATA, environments and bytecode
// T_IMEMO (CRuby's iseqs and envs).
enum CType { kTObject, kTClass, kTModule, kTFloat, kTString, kTRegexp, kTArray, kTHash,
             kTStruct, kTBignum, kTData, kTMatch, kTImemo, kTIClass, kCTypeCount };
const char* const kCTypeNames[kCTypeCount] = {
    "T_OBJECT", "T_CLASS",  "T_MODULE", "T_FLOAT", "T_STRING", "T_REGEXP", "T_ARRAY",
    "T_HASH",   "T_STRUCT", "T_BIGNUM", "T_DATA",  "T_MATCH",  "T_IMEMO",  "T_ICLASS"};

CType ctype_of(const RBasic* o) {
  switch (o->type) {
    case HeapType::kObject: return kTObject;
    case HeapType::kClass:
      switch (reinterpret_cast<const RClass*>(o)->kind) {
        case ClassKind::kModule: return kTModule;
        case ClassKind::kIClass: return kTIClass;
        default: return kTClass;
      }
    case HeapType::kString: return kTString;
    case HeapType::kArray: return kTArray;
    case HeapType::kHash: return kTHash;
    case HeapType::kFloat: return kTFloat;
    case HeapType::kBignum: return kTBignum;
    case HeapType::kRange: return kTStruct;
    case HeapType::kRegexp: return kTRegexp;
    case HeapType::kMatch: return kTMatch;
    case HeapType::kEnv:
    case HeapType::kCode: return kTImemo;
    case HeapType::kProc:
    case HeapType::kMethod:
    case HeapType::kData: break;
  }
  return kTData;
}

// h[:T_TYPE] = n for each type with a count.
void set_by_type(Vm& vm, Value h, const int64_t (&by_type)[kCTypeCount]) {
  for (int i = 0; i < kCTypeCount; ++i)
    if (by_type[i] != 0) hash_aset(vm, h, sym_value(kCTypeNames[i]), Value::fixnum(by_type[i]));
}

// The hash to fill: the argument (TypeError unless a Hash), else a new one.
Value result_hash(Vm& vm, int argc, const Value* argv) {
  check_args(vm, argc, 0, 1);
  if (argc == 0) return hash_new(vm);
  if (!is_hash(argv[0])) vm.raise(vm.eTypeError, "non-hash given");
  return argv[0];
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
// TOTAL is every slot of the mapped pages, FREE those without an object.
NATIVE(os_count_objects) {
  UNUSED_ARGS;
  Value h = result_hash(vm, argc, argv);
  int64_t by_type[kCTypeCount] = {};
  int64_t used = 0;
  vm.heap.each_object([&](RBasic* o) {
    ++used;
    ++by_type[ctype_of(o)];
  });
  auto total = static_cast<int64_t>(vm.heap.available_slots());
  hash_aset(vm, h, sym_value("TOTAL"), Value::fixnum(total));
  hash_aset(vm, h, sym_value("FREE"), Value::fixnum(total - used));
  set_by_type(vm, h, by_type);
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
  Value h = result_hash(vm, argc, argv);
  int64_t by_type[kCTypeCount] = {};
  int64_t total = 0;
  vm.heap.each_object([&](RBasic* o) {
    int64_t n = static_cast<int64_t>(vm.heap.slot_size_of(o)) + object_payload_bytes(o);
    total += n;
    by_type[ctype_of(o)] += n;
  });
  set_by_type(vm, h, by_type);
  hash_aset(vm, h, sym_value("TOTAL"), Value::fixnum(total));
  return h;
}

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
}

}  // namespace maglev::vm
