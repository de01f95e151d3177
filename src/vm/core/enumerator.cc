// Enumerator: an object, a method and its arguments; #each calls the method with
// the block. External iteration (next/peek/rewind) runs #each in a Fiber
// (core/enumerator_fiber.cc, core/prelude/enumerator.rb); Enumerable supplies the rest.
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

// The method symbol of an initialized Enumerator (Enumerator.allocate's has none).
static SymId enum_meth(Vm& vm, Value self) {
  Value m = vm.ivar_get(self, intern("__meth"));
  if (!m.is_symbol()) vm.raise(vm.eArgumentError, "uninitialized enumerator");
  return m.symbol_id();
}
NATIVE(enum_each) {
  UNUSED_ARGS;
  if (block.is_nil() && argc == 0) return self;
  enum_meth(vm, self);
  Value obj = vm.ivar_get(self, intern("__obj"));
  Value args = vm.ivar_get(self, intern("__args"));
  std::vector<Value> all(ary_ptr(args)->ptr, ary_ptr(args)->ptr + ary_len(args));
  all.insert(all.end(), argv, argv + argc);
  RootScope r(vm.heap, all);
  bool kw = argc == 0 && vm.ivar_get(self, intern("__kw")).truthy();
  return vm.fcall(obj, vm.ivar_get(self, intern("__meth")).symbol_id(), static_cast<int>(all.size()),
                  all.data(), block, kw);
}
// Enumerator#__setup(obj, meth, args, size): used by Enumerator.new, Chain and Lazy.
NATIVE(enum_setup) {
  UNUSED_ARGS;
  check_args(vm, argc, 4, 4);
  vm.ivar_set(self, intern("__obj"), argv[0]);
  vm.ivar_set(self, intern("__meth"), Value::symbol(to_method_name(vm, argv[1])));
  vm.ivar_set(self, intern("__args"), is_array(argv[2]) ? argv[2] : ary_new(vm));
  vm.ivar_set(self, intern("__size"), argv[3]);
  return self;
}
NATIVE(enum_size) {
  UNUSED_ARGS;
  Value fn = vm.ivar_get(self, intern("@size_fn"));
  if (!fn.is_nil()) return vm.call(fn, sym::call);
  Value s = vm.ivar_get(self, intern("__size"));
  if (!s.is_nil() && !s.is_fixnum() && !is_float(s) && vm.respond_to(s, sym::call)) return vm.call(s, sym::call);
  if (is_proc(s)) return vm.call(s, sym::call);
  if (!s.is_nil()) return s;
  Value obj = vm.ivar_get(self, intern("__obj"));
  SymId m = enum_meth(vm, self);
  const std::string& n = sym_name(m);
  if ((n == "each" || n == "map" || n == "each_with_index" || n == "select" || n == "each_with_object" ||
       n == "filter_map" || n == "flat_map" || n == "reject" || n == "collect" || n == "each_entry" ||
       n == "filter" || n == "select!" || n == "reject!" || n == "map!" || n == "collect!" ||
       n == "each_index" || n == "reverse_each" || n == "sort_by" || n == "min_by" || n == "max_by" ||
       n == "group_by" || n == "partition" || n == "find_index" || n == "each_key" ||
       n == "each_value" || n == "each_pair" || n == "delete_if" || n == "keep_if" ||
       n == "transform_values" || n == "transform_keys" || n == "uniq" || n == "sum" ||
       n == "minmax_by" || n == "flat_map" || n == "collect_concat" || n == "filter_map" ||
       n == "with_index" || n == "with_object" || n == "each_char" || n == "chars") &&
      vm.respond_to(obj, sym::size))
    return vm.call(obj, sym::size);
  return Value::nil();
}
NATIVE(enum_inspect) {
  UNUSED_ARGS;
  Value obj = vm.ivar_get(self, intern("__obj"));
  Value args = vm.ivar_get(self, intern("__args"));
  if (!vm.ivar_get(self, intern("__meth")).is_symbol()) return str_new(vm, "#<" + vm.class_name_of(self) + ": uninitialized>");
  std::string s = "#<Enumerator: " + vm.inspect(obj) + ":" + sym_name(enum_meth(vm, self));
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
  define_native(vm, c, "__setup", enum_setup, -1);
  define_native(vm, c, "inspect", enum_inspect, 0);
  define_native(vm, c, "to_s", enum_inspect, 0);
}

}  // namespace maglev::vm
