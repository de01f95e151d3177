// The native core of Struct (the rest is prelude/struct.rb): a struct's members live in
// hidden instance variables of the object, one per member (names that do not start with
// '@', so instance_variables and inspect never show them), read and written by
// attr_reader/attr_writer method entries, which the interpreter's inline caches serve
// directly; Struct#initialize; and by-index access for the Ruby methods. A struct class
// keeps its members (Symbols) in the class ivar @__members.
#include <cstdio>
#include <vector>

#include "vm/core/core.h"
#include "vm/vm.h"

namespace maglev::vm {

namespace {

SymId members_sym() {
  static const SymId s = intern("@__members");
  return s;
}

// The hidden ivar holding member m, remembered per member symbol: interning the name
// on each Struct#initialize was a tenth of a loop of Struct.new calls (callgrind).
SymId member_ivar(SymId m) {
  static std::vector<SymId> known;   // by m; 0 until first asked
  if (m >= known.size()) known.resize(m + 1, 0);
  if (known[m] == 0) known[m] = intern("struct:" + sym_name(m));
  return known[m];
}

// The class that defined the members of self's struct class (its own or an ancestor's).
RClass* struct_class(Vm& vm, Value self) {
  for (RClass* c = real_class(vm.class_of(self)); c != nullptr; c = c->super)
    if (vm.ivar_defined(Value::object(c), members_sym())) return c;
  vm.raise(vm.eTypeError, "uninitialized struct");
}
Value members_of(Vm& vm, Value self) {
  return vm.ivar_get(Value::object(struct_class(vm, self)), members_sym());
}

// Struct.__define_members(klass, members): records the members and defines their
// accessors.
NATIVE(struct_s_define_members) {
  UNUSED_ARGS;
  RClass* k = argv[0].as<RClass>();
  Value members = argv[1];
  vm.ivar_set(argv[0], members_sym(), members);
  for (int64_t i = 0; i < ary_len(members); ++i) {
    SymId m = ary_at(members, i).symbol_id();
    MethodEntry r;
    r.kind = MethodEntry::Kind::kAttrReader;
    r.ivar = member_ivar(m);
    define_method_entry(vm, k, m, r);
    MethodEntry w;
    w.kind = MethodEntry::Kind::kAttrWriter;
    w.ivar = r.ivar;
    define_method_entry(vm, k, intern(sym_name(m) + "="), w);
  }
  return Value::nil();
}

// Struct#initialize(*args, **kw): keywords for keyword_init structs, else positional
// members (keywords count as a last Hash: CRuby 3.1 warns when they come alone).
NATIVE(struct_initialize) {
  UNUSED_ARGS;
  RClass* sc = struct_class(vm, self);
  Value members = vm.ivar_get(Value::object(sc), members_sym());
  Value kwinit = vm.ivar_get(Value::object(sc), intern("@__keyword_init"));
  int64_t n = ary_len(members);
  Value kw = Value::nil();
  if (vm.kw_passed && argc > 0 && is_hash(argv[argc - 1])) kw = argv[--argc];
  if (kw.is_nil() && kwinit.is_true() && argc == 1 && is_hash(argv[0])) {
    kw = argv[0];
    argc = 0;
  }
  if (kwinit.is_true() && argc > 0)
    vm.raise(vm.eArgumentError, "wrong number of arguments (given " + std::to_string(argc) + ", expected 0)");
  if (kwinit.is_nil() && argc == 0 && !kw.is_nil() && hash_size(kw) > 0 && vm.warning_level > 0) {
    std::fflush(stdout);
    std::fprintf(stderr,
                 "%s:%d: warning: Passing only keyword arguments to Struct#initialize will behave "
                 "differently from Ruby 3.2. Please use a Hash literal like .new({k: v}) instead "
                 "of .new(k: v).\n",
                 vm.current_file().c_str(), vm.current_line());
  }
  if (kwinit.is_true()) {
    if (kw.is_nil()) kw = hash_new(vm);
    std::string unknown;
    hash_each(kw, [&](Value k, Value) {
      bool known = false;
      for (int64_t i = 0; i < n && !known; ++i) known = k.is_symbol() && ary_at(members, i) == k;
      if (!known) unknown += (unknown.empty() ? "" : ", ") + vm.to_s(k);
    });
    if (!unknown.empty()) vm.raise(vm.eArgumentError, "unknown keywords: " + unknown);
    for (int64_t i = 0; i < n; ++i) {
      Value v = hash_lookup(vm, kw, ary_at(members, i));
      vm.ivar_set(self, member_ivar(ary_at(members, i).symbol_id()), v.is_undef() ? Value::nil() : v);
    }
    return Value::nil();
  }
  int64_t given = argc + (kw.is_nil() || hash_size(kw) == 0 ? 0 : 1);
  if (given > n) vm.raise(vm.eArgumentError, "struct size differs");
  for (int64_t i = 0; i < n; ++i) {
    Value v = i < argc ? argv[i] : i == argc && given > argc ? kw : Value::nil();
    vm.ivar_set(self, member_ivar(ary_at(members, i).symbol_id()), v);
  }
  return Value::nil();
}

// Struct.new / Struct.[]: on Struct, a new struct class (Struct.__define, in Ruby); on a
// struct class, a new instance (as Class#new: allocate, then initialize).
Value new_struct_or_instance(Vm& vm, Value self, int argc, const Value* argv, Value block,
                             bool define_allowed) {
  bool kw = vm.kw_passed;
  if (self.as<RClass>() == vm.cStruct) {
    if (!define_allowed) vm.raise(vm.eNoMethodError, "undefined method `[]' for Struct:Class");
    MethodEntry* define = vm.find_method_cached(vm.class_of(self), intern("__define"));
    return vm.call_entry(define, self, argc, argv, block, kw);
  }
  Value obj = alloc_instance(vm, self.as<RClass>());
  MethodEntry* init = vm.find_method_cached(vm.class_of(obj), intern("initialize"));
  vm.call_entry(init, obj, argc, argv, block, kw);
  return obj;
}
NATIVE(struct_s_new) { return new_struct_or_instance(vm, self, argc, argv, block, true); }
NATIVE(struct_s_aref) { return new_struct_or_instance(vm, self, argc, argv, block, false); }

// Struct#__values: the members' values in order (to_a).
NATIVE(struct_values) {
  UNUSED_ARGS;
  Value members = members_of(vm, self);
  Value out = ary_new(vm, ary_len(members));
  for (int64_t i = 0; i < ary_len(members); ++i)
    ary_push(vm, out, vm.ivar_get(self, member_ivar(ary_at(members, i).symbol_id())));
  return out;
}

// Struct#__get(i) / #__set(i, v): member i (0 <= i < size, checked by the caller).
NATIVE(struct_get) {
  UNUSED_ARGS;
  Value m = ary_at(members_of(vm, self), to_long(vm, argv[0]));
  return vm.ivar_get(self, member_ivar(m.symbol_id()));
}
NATIVE(struct_set) {
  UNUSED_ARGS;
  Value m = ary_at(members_of(vm, self), to_long(vm, argv[0]));
  vm.ivar_set(self, member_ivar(m.symbol_id()), argv[1]);
  return argv[1];
}

}  // namespace

void init_struct(Vm& vm) {
  RClass* c = vm.cStruct;
  RClass* meta = singleton_class(vm, Value::object(c));
  define_native(vm, meta, "__define_members", struct_s_define_members, 2);
  define_native(vm, meta, "new", struct_s_new, -1);
  define_native(vm, meta, "[]", struct_s_aref, -1);
  define_native(vm, c, "initialize", struct_initialize, -1, Visibility::kPrivate);
  define_native(vm, c, "__values", struct_values, 0);
  define_native(vm, c, "__get", struct_get, 1);
  define_native(vm, c, "__set", struct_set, 2);
}

}  // namespace maglev::vm
