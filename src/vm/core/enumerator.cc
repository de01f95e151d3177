// Enumerator: an object, a method and its arguments; #each calls the method with
// the block. External iteration (next/peek/rewind) buffers the values (finite
// enumerators); Enumerable supplies the rest (core/prelude/enumerable.rb).
#include "vm/core/core.h"

namespace maglev::vm {

Value make_enumerator(Vm& vm, Value obj, SymId meth, int argc, const Value* argv, Value size) {
  auto* o = vm.heap.make<RObject>(HeapType::kObject, vm.cEnumerator);
  o->ivs = o->inline_ivs;
  o->ivcap = RObject::kInline;
  Value e = Value::object(o);
  vm.ivar_set(e, intern("__obj"), obj);
  vm.ivar_set(e, intern("__meth"), Value::symbol(meth));
  vm.ivar_set(e, intern("__args"), ary_from(vm, argv, argc));
  vm.ivar_set(e, intern("__size"), size);
  return e;
}

NATIVE(enum_each) {
  UNUSED_ARGS;
  if (block.is_nil() && argc == 0) return self;
  Value obj = vm.ivar_get(self, intern("__obj"));
  Value args = vm.ivar_get(self, intern("__args"));
  std::vector<Value> all(ary_ptr(args)->ptr, ary_ptr(args)->ptr + ary_len(args));
  all.insert(all.end(), argv, argv + argc);
  RootScope r(vm.heap, all);
  return vm.fcall(obj, vm.ivar_get(self, intern("__meth")).symbol_id(), static_cast<int>(all.size()),
                  all.data(), block);
}
NATIVE(enum_size) {
  UNUSED_ARGS;
  Value s = vm.ivar_get(self, intern("__size"));
  if (is_proc(s)) return vm.call(s, sym::call);
  if (!s.is_nil()) return s;
  Value obj = vm.ivar_get(self, intern("__obj"));
  SymId m = vm.ivar_get(self, intern("__meth")).symbol_id();
  const std::string& n = sym_name(m);
  if ((n == "each" || n == "map" || n == "each_with_index" || n == "select" || n == "each_with_object" ||
       n == "filter_map" || n == "flat_map" || n == "reject" || n == "collect") &&
      vm.respond_to(obj, sym::size))
    return vm.call(obj, sym::size);
  return Value::nil();
}
NATIVE(enum_inspect) {
  UNUSED_ARGS;
  Value obj = vm.ivar_get(self, intern("__obj"));
  Value args = vm.ivar_get(self, intern("__args"));
  std::string s = "#<Enumerator: " + vm.inspect(obj) + ":" + sym_name(vm.ivar_get(self, intern("__meth")).symbol_id());
  if (ary_len(args) > 0) {
    s += "(";
    for (int64_t i = 0; i < ary_len(args); ++i) s += (i ? ", " : "") + vm.inspect(ary_at(args, i));
    s += ")";
  }
  return str_new(vm, s + ">");
}

void init_enumerator(Vm& vm) {
  RClass* c = vm.cEnumerator;
  define_native(vm, c, "each", enum_each, -1);
  define_native(vm, c, "size", enum_size, 0);
  define_native(vm, c, "inspect", enum_inspect, 0);
  define_native(vm, c, "to_s", enum_inspect, 0);
  class_new(vm, vm.cObject, c, "Yielder");
  class_new(vm, vm.cObject, c, "Lazy");
}

}  // namespace maglev::vm
