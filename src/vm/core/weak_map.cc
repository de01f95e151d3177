// ObjectSpace::WeakMap's native core: each map is a Data object owning a WeakTable
// (gc/weak.h), so the collector drops a pair once its key or its value died. Lookup,
// store and size are here; iteration, keys, values and inspect are Ruby
// (prelude/object_space.rb) over __pairs, a snapshot. lib/weakref.rb builds on it.
#include "vm/core/core.h"
#include "vm/gc/weak.h"

namespace maglev::vm {

namespace {

void weak_map_free(void* data) { delete static_cast<WeakTable*>(data); }
// No mark function: the map keeps neither its keys nor its values alive.
const DataType kWeakMapType = {"weakmap", nullptr, weak_map_free};

WeakTable& table_of(Vm& vm, Value self) {
  if (!self.is_heap() || self.heap()->type != HeapType::kData ||
      self.as<RData>()->dtype != &kWeakMapType)
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(self) +
                                " (expected weakmap)");
  return *static_cast<WeakTable*>(self.as<RData>()->data);
}

}  // namespace

NATIVE(weak_map_s_new) {
  UNUSED_ARGS;
  check_args(vm, argc, 0, 0);
  auto* d = vm.heap.make<RData>(HeapType::kData, self.as<RClass>());
  d->dtype = &kWeakMapType;
  d->data = new WeakTable(vm.heap);
  return Value::object(d);
}
NATIVE(weak_map_aset) {
  UNUSED_ARGS;
  table_of(vm, self).set(argv[0], argv[1]);
  return argv[1];
}
NATIVE(weak_map_aref) {
  UNUSED_ARGS;
  Value v = table_of(vm, self).get(argv[0]);
  return v.is_undef() ? Value::nil() : v;
}
NATIVE(weak_map_key_p) {
  UNUSED_ARGS;
  return Value::boolean(table_of(vm, self).contains(argv[0]));
}
NATIVE(weak_map_size) {
  UNUSED_ARGS;
  return Value::fixnum(static_cast<int64_t>(table_of(vm, self).size()));
}
// [[key, value], ...] in insertion order, for the Ruby side's iterators.
NATIVE(weak_map_pairs) {
  UNUSED_ARGS;
  std::vector<Value> flat;
  for (const auto& [k, v] : table_of(vm, self).entries()) {
    flat.push_back(k);
    flat.push_back(v);
  }
  RootScope root(vm.heap, flat);
  Value out = ary_new(vm, static_cast<int64_t>(flat.size() / 2));
  for (size_t i = 0; i < flat.size(); i += 2) {
    Value pair = ary_new(vm, 2);
    ary_push(vm, pair, flat[i]);
    ary_push(vm, pair, flat[i + 1]);
    ary_push(vm, out, pair);
  }
  return out;
}

void init_weak_map(Vm& vm) {
  RClass* c = class_new(vm, vm.cObject, vm.mObjectSpace, "WeakMap");
  define_native(vm, singleton_class(vm, Value::object(c)), "new", weak_map_s_new, -1);
  define_native(vm, c, "[]=", weak_map_aset, 2);
  define_native(vm, c, "[]", weak_map_aref, 1);
  for (const char* name : {"key?", "include?", "member?"})
    define_native(vm, c, name, weak_map_key_p, 1);
  define_native(vm, c, "size", weak_map_size, 0);
  define_native(vm, c, "length", weak_map_size, 0);
  define_native(vm, c, "__pairs", weak_map_pairs, 0);
}

}  // namespace maglev::vm
