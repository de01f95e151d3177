// Module and Class: names, ancestry, include/prepend/extend, visibility, attr_*,
// define_method, constants, class variables, instance methods, Class.new/allocate.
#include <algorithm>

#include "vm/core/core.h"
#include "vm/core/encoding.h"
#include "vm/parse/ident.h"
#include "vm/persist/persist.h"
#include "vm/interp/interp.h"
#include "vm/interp/ops.h"

namespace maglev::vm {

Value method_object(Vm& vm, Value recv, RClass* klass, SymId name, bool unbound);

static RClass* self_class(Value self) { return self.as<RClass>(); }

NATIVE(mod_name) {
  UNUSED_ARGS;
  RClass* c = self_class(self);
  if (c->kind == ClassKind::kSingleton || c->ext->name.is_nil()) return Value::nil();
  Value n = str_new_7bit(vm, str_view(c->ext->name));
  n.heap()->flags |= kFlagFrozen;   // frozen, as CRuby 3.0+
  return n;
}
NATIVE(mod_to_s) {
  UNUSED_ARGS;
  RClass* c = self_class(self);
  if (c->kind == ClassKind::kModule && c->ext->refined_class)
    return str_new_7bit(vm, refinement_to_s(vm, c));
  return str_new_7bit(vm, class_path(vm, c));
}
NATIVE(mod_eqq) {
  UNUSED_ARGS;
  return Value::boolean(vm.is_a(argv[0], self_class(self)));
}
NATIVE(mod_ancestors) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (RClass* c : ancestors(self_class(self))) ary_push(vm, a, Value::object(c));
  return a;
}
NATIVE(mod_include) {
  UNUSED_ARGS;
  if (argc == 0) vm.raise(vm.eArgumentError, "wrong number of arguments (given 0, expected 1+)");
  check_class_modifiable(vm, self_class(self));
  for (int i = argc; i-- > 0;) {
    if (!is_class_value(argv[i]) || as_class(argv[i])->kind != ClassKind::kModule)
      vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(argv[i]) +
                                  " (expected Module)");
    include_module(vm, self_class(self), as_class(argv[i]));
    vm.call(argv[i], sym::included, 1, &self);
  }
  return self;
}
NATIVE(mod_prepend) {
  UNUSED_ARGS;
  check_class_modifiable(vm, self_class(self));
  for (int i = argc; i-- > 0;) {
    if (!is_class_value(argv[i]) || as_class(argv[i])->kind != ClassKind::kModule)
      vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(argv[i]) +
                                  " (expected Module)");
    prepend_module(vm, self_class(self), as_class(argv[i]));
    if (self_class(self) == vm.cInteger) vm.redefined_int_ops = true;
    if (self_class(self) == vm.cFloat) vm.redefined_float_ops = true;
    if (self_class(self) == vm.cArray) vm.redefined_ary_ops = true;
    if (self_class(self) == vm.cString) vm.redefined_str_ops = true;
    vm.call(argv[i], sym::prepended, 1, &self);
  }
  return self;
}
NATIVE(mod_include_p) {
  UNUSED_ARGS;
  if (!is_class_value(argv[0]) || as_class(argv[0])->kind != ClassKind::kModule)
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(argv[0]) + " (expected Module)");
  RClass* m = as_class(argv[0]);
  for (RClass* c = self_class(self)->super; c; c = c->super)
    if (c->kind == ClassKind::kIClass && c->module == m) return Value::t();
  return Value::f();
}
NATIVE(mod_included_modules) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (RClass* c = self_class(self); c; c = c->super)
    if (c->kind == ClassKind::kIClass && c->module->kind == ClassKind::kModule)
      ary_push(vm, a, Value::object(c->module));
  return a;
}
NATIVE(mod_hook_noop) {
  UNUSED_ARGS;
  return Value::nil();
}

static void set_visibility(Vm& vm, Value self, int argc, const Value* argv, Visibility vis) {
  RClass* k = self_class(self);
  Frame* f = vm.current();
  if (argc == 0) {
    if (f) {
      f->vis = vis == Visibility::kModuleFunction ? Visibility::kPublic : vis;
      f->modfunc = vis == Visibility::kModuleFunction;
    }
    return;
  }
  if (k->basic.flags & kFlagFrozen) vm.raise_frozen(self);
  std::vector<Value> names;
  for (int i = 0; i < argc; ++i) {
    if (is_array(argv[i]))
      for (int64_t j = 0; j < ary_len(argv[i]); ++j) names.push_back(ary_at(argv[i], j));
    else
      names.push_back(argv[i]);
  }
  for (Value n : names) {
    SymId name = to_method_name(vm, n);
    MethodEntry* me = find_method(k, name);
    if (me == nullptr && k->kind == ClassKind::kModule) me = find_method(vm.cObject, name);
    if (me == nullptr) {
      Value e = vm.make_exception(vm.eNameError, "undefined method `" + sym_name(name) +
                                                     "' for " +
                                                     (k->kind == ClassKind::kModule ? "module" : "class") +
                                                     " `" + class_path(vm, k) + "'");
      vm.ivar_set(e, intern("@name"), Value::symbol(name));
      vm.raise(e);
    }
    if (vis == Visibility::kModuleFunction) {
      MethodEntry copy = *me;
      copy.vis = Visibility::kPublic;
      copy.owner = nullptr;
      define_method_entry(vm, singleton_class(vm, self), name, copy);
      copy.vis = Visibility::kPrivate;
      copy.owner = k;
      define_method_entry(vm, k, name, copy);
      continue;
    }
    if (me->vis == vis) continue;
    MethodEntry copy = *me;
    copy.vis = vis;
    if (copy.owner != k) copy.owner = k;
    define_method_entry(vm, k, name, copy);
  }
}
static Value vis_result(int argc, const Value* argv) {
  if (argc == 0) return Value::nil();
  if (argc == 1) return argv[0];
  return Value::nil();
}
NATIVE(mod_public) {
  UNUSED_ARGS;
  set_visibility(vm, self, argc, argv, Visibility::kPublic);
  return argc > 1 ? ary_from(vm, argv, argc) : vis_result(argc, argv);
}
NATIVE(mod_private) {
  UNUSED_ARGS;
  set_visibility(vm, self, argc, argv, Visibility::kPrivate);
  return argc > 1 ? ary_from(vm, argv, argc) : vis_result(argc, argv);
}
NATIVE(mod_protected) {
  UNUSED_ARGS;
  set_visibility(vm, self, argc, argv, Visibility::kProtected);
  return argc > 1 ? ary_from(vm, argv, argc) : vis_result(argc, argv);
}
NATIVE(mod_module_function) {
  UNUSED_ARGS;
  set_visibility(vm, self, argc, argv, Visibility::kModuleFunction);
  return argc > 1 ? ary_from(vm, argv, argc) : vis_result(argc, argv);
}
NATIVE(mod_private_class_method) {
  UNUSED_ARGS;
  Value meta = Value::object(singleton_class(vm, self));
  set_visibility(vm, meta, argc, argv, Visibility::kPrivate);
  return Value::nil();
}
NATIVE(mod_public_class_method) {
  UNUSED_ARGS;
  Value meta = Value::object(singleton_class(vm, self));
  set_visibility(vm, meta, argc, argv, Visibility::kPublic);
  return Value::nil();
}

static void define_attr(Vm& vm, RClass* k, SymId name, bool reader, bool writer) {
  const std::string& n = sym_name(name);
  SymId ivar = intern("@" + n);
  Frame* f = vm.current();
  // the default visibility of the class body running (not of a caller elsewhere)
  Visibility vis = f && f->self == Value::object(k) ? f->vis : Visibility::kPublic;
  if (reader) {
    MethodEntry e;
    e.kind = MethodEntry::Kind::kAttrReader;
    e.ivar = ivar;
    e.vis = vis;
    define_method_entry(vm, k, name, e);
  }
  if (writer) {
    MethodEntry e;
    e.kind = MethodEntry::Kind::kAttrWriter;
    e.ivar = ivar;
    e.vis = vis;
    define_method_entry(vm, k, intern(n + "="), e);
  }
}
static Value attr_common(Vm& vm, Value self, int argc, const Value* argv, bool r, bool w) {
  check_class_modifiable(vm, self_class(self));
  Value out = ary_new(vm);
  for (int i = 0; i < argc; ++i) {
    SymId name = to_method_name(vm, argv[i]);
    const std::string& n = sym_name(name);
    bool ok = !n.empty() && !std::isdigit(static_cast<unsigned char>(n[0]));
    for (char ch : n)   // a local or constant name: word characters only
      ok = ok && (std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || static_cast<unsigned char>(ch) >= 0x80);
    if (!ok)
      vm.raise(vm.eNameError, "invalid attribute name `" + n + "'");
    define_attr(vm, self_class(self), name, r, w);
    if (r) ary_push(vm, out, Value::symbol(name));
    if (w) ary_push(vm, out, Value::symbol(intern(n + "=")));
    if (r) method_hook(vm, self_class(self), "method_added", name);
    if (w) method_hook(vm, self_class(self), "method_added", intern(n + "="));
  }
  return out;
}
NATIVE(mod_attr_reader) {
  UNUSED_ARGS;
  return attr_common(vm, self, argc, argv, true, false);
}
NATIVE(mod_attr_writer) {
  UNUSED_ARGS;
  return attr_common(vm, self, argc, argv, false, true);
}
NATIVE(mod_attr_accessor) {
  UNUSED_ARGS;
  return attr_common(vm, self, argc, argv, true, true);
}

NATIVE(mod_define_method) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  SymId name = to_method_name(vm, argv[0]);
  check_class_modifiable(vm, self_class(self));
  Value body = argc > 1 ? argv[1] : block;
  MethodEntry e;
  if (is_proc(body)) {
    RProc* p = body.as<RProc>();
    if (p->code == nullptr) {   // &:sym or method proc: wrap as a method entry
      if (p->native.is_heap()) {
        e = *p->native.as<RMethod>()->entry;
        e.owner = nullptr;
      } else {
        vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
      }
    } else {
      e.kind = MethodEntry::Kind::kProc;
      e.proc = p;
    }
  } else if (body.is_heap() && body.heap()->type == HeapType::kMethod) {
    e = *body.as<RMethod>()->entry;
    RClass* owner = e.owner ? real_class(e.owner) : nullptr;
    if (owner != nullptr && owner->kind != ClassKind::kModule &&
        !class_inherits(self_class(self), owner))
      vm.raise(vm.eTypeError, "bind argument must be a subclass of " + class_path(vm, owner));
    e.owner = nullptr;
  } else if (body.is_nil()) {
    vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
  } else {
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(body) +
                                " (expected Proc/Method/UnboundMethod)");
  }
  Frame* f = vm.current();
  e.vis = f && f->self == self ? f->vis : Visibility::kPublic;
  warn_method_redefined(vm, self_class(self), name);
  define_method_entry(vm, self_class(self), name, e);
  vm.note_method_defined(self_class(self), name);
  method_hook(vm, self_class(self), "method_added", name);
  return Value::symbol(name);
}
NATIVE(mod_alias_method) {
  UNUSED_ARGS;
  check_class_modifiable(vm, self_class(self));
  alias_method(vm, self_class(self), to_method_name(vm, argv[0]), to_method_name(vm, argv[1]));
  return Value::symbol(to_method_name(vm, argv[0]));
}
NATIVE(mod_remove_method) {
  UNUSED_ARGS;
  RClass* k = self_class(self);
  check_class_modifiable(vm, k);
  for (int i = 0; i < argc; ++i) {
    SymId name = to_method_name(vm, argv[i]);
    if (k->origin->m_tbl->erase(name) == 0) {
      Value e = vm.make_exception(vm.eNameError, "method `" + sym_name(name) + "' not defined in " +
                                                     class_path(vm, k));
      vm.ivar_set(e, intern("@name"), Value::symbol(name));
      vm.raise(e);
    }
    ++vm.global_serial;
    if (vm.persistent_mode) persist::note_remove_method(vm, k, name);
    method_hook(vm, k, "method_removed", name);
  }
  return self;
}
NATIVE(mod_undef_method) {
  UNUSED_ARGS;
  check_class_modifiable(vm, self_class(self));
  for (int i = 0; i < argc; ++i) undef_method(vm, self_class(self), to_method_name(vm, argv[i]));
  return self;
}

static Value method_list(Vm& vm, RClass* k, bool inherit, bool (*want)(Visibility)) {
  Value a = ary_new(vm);
  std::vector<SymId> seen;
  for (RClass* c = k; c; c = c->super) {
    if (!inherit && c != k && !(c->kind == ClassKind::kIClass && c == k->origin)) break;
    for (auto& [name, me] : *c->m_tbl) {
      bool dup = false;
      for (SymId s : seen) dup = dup || s == name;
      if (dup) continue;
      seen.push_back(name);
      if (me->kind != MethodEntry::Kind::kUndefined && want(me->vis))
        ary_push(vm, a, Value::symbol(name));
    }
  }
  return a;
}
static bool vis_public(Visibility v) { return v == Visibility::kPublic; }
static bool vis_pubprot(Visibility v) { return v == Visibility::kPublic || v == Visibility::kProtected; }
static bool vis_private(Visibility v) { return v == Visibility::kPrivate || v == Visibility::kModuleFunction; }
static bool vis_protected(Visibility v) { return v == Visibility::kProtected; }
NATIVE(mod_instance_methods) {
  UNUSED_ARGS;
  return method_list(vm, self_class(self), argc == 0 || argv[0].truthy(), vis_pubprot);
}
NATIVE(mod_public_instance_methods) {
  UNUSED_ARGS;
  return method_list(vm, self_class(self), argc == 0 || argv[0].truthy(), vis_public);
}
NATIVE(mod_private_instance_methods) {
  UNUSED_ARGS;
  return method_list(vm, self_class(self), argc == 0 || argv[0].truthy(), vis_private);
}
NATIVE(mod_protected_instance_methods) {
  UNUSED_ARGS;
  return method_list(vm, self_class(self), argc == 0 || argv[0].truthy(), vis_protected);
}
static Value method_defined_with(Vm& vm, Value self, int argc, const Value* argv,
                                 bool (*want)(Visibility)) {
  MethodEntry* me = nullptr;
  SymId name = to_method_name(vm, argv[0]);
  if (argc > 1 && !argv[1].truthy()) me = own_method(self_class(self), name);
  else me = find_method(self_class(self), name);
  return Value::boolean(me != nullptr && me->kind != MethodEntry::Kind::kUndefined && want(me->vis));
}
NATIVE(mod_method_defined) {
  UNUSED_ARGS;
  return method_defined_with(vm, self, argc, argv, vis_pubprot);
}
NATIVE(mod_public_method_defined) {
  UNUSED_ARGS;
  return method_defined_with(vm, self, argc, argv, vis_public);
}
NATIVE(mod_private_method_defined) {
  UNUSED_ARGS;
  return method_defined_with(vm, self, argc, argv, vis_private);
}
NATIVE(mod_protected_method_defined) {
  UNUSED_ARGS;
  return method_defined_with(vm, self, argc, argv, vis_protected);
}
NATIVE(mod_instance_method) {
  UNUSED_ARGS;
  return method_object(vm, Value::undef(), self_class(self), to_method_name(vm, argv[0]), true);
}

static void check_const_name(Vm& vm, SymId name) {
  const std::string& n = sym_name(name);
  if (!parse::ident_is_const(n)) vm.raise(vm.eNameError, "wrong constant name " + n);
}
// The names of a constant path "A::B::C" ("::A::B" sets *from_root).
static std::vector<SymId> const_path(std::string_view path, bool* from_root) {
  std::vector<SymId> parts;
  size_t pos = 0;
  if (path.substr(0, 2) == "::") *from_root = true, pos = 2;
  while (true) {
    size_t next = path.find("::", pos);
    parts.push_back(intern(std::string(path.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos))));
    if (next == std::string_view::npos) return parts;
    pos = next + 2;
  }
}
NATIVE(mod_const_get) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  bool inherit = argc < 2 || argv[1].truthy();
  if (is_string(argv[0]) && str_view(argv[0]).find("::") != std::string_view::npos) {
    bool from_root = false;
    std::vector<SymId> parts = const_path(str_view(argv[0]), &from_root);
    Value cur = from_root ? Value::object(vm.cObject) : self;
    for (SymId part : parts) cur = vm.const_get(as_class(cur), part, inherit);
    return cur;
  }
  SymId name = to_method_name(vm, argv[0]);
  check_const_name(vm, name);
  RClass* k = self_class(self);
  if (Value* v = vm.const_lookup(k, name, inherit)) return *v;
  if (inherit && k->kind == ClassKind::kModule)
    if (Value* v = vm.const_lookup(vm.cObject, name, true)) return *v;
  return vm.const_get(k, name, inherit);
}
NATIVE(mod_const_set) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  check_const_name(vm, name);
  vm.check_frozen(self);
  vm.const_set(self_class(self), name, argv[1]);
  return argv[1];
}
NATIVE(mod_const_defined) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  bool inherit = argc < 2 || argv[1].truthy();
  if (is_string(argv[0]) && str_view(argv[0]).find("::") != std::string_view::npos) {
    // "A::B::C": each step must be a defined module constant
    bool from_root = false;
    std::vector<SymId> parts = const_path(str_view(argv[0]), &from_root);
    Value cur = from_root ? Value::object(vm.cObject) : self;
    for (size_t i = 0; i < parts.size(); ++i) {
      check_const_name(vm, parts[i]);
      if (!is_class_value(cur) || !vm.const_defined(as_class(cur), parts[i], inherit)) return Value::f();
      if (i + 1 == parts.size()) return Value::t();
      cur = vm.const_get(as_class(cur), parts[i], inherit);
    }
  }
  SymId name = to_method_name(vm, argv[0]);
  return Value::boolean(vm.const_defined(self_class(self), name, argc < 2 || argv[1].truthy()));
}
// const_source_location(name, inherit = true): [file, line], [] for the core library's
// constants, nil when not defined.
NATIVE(mod_const_source_location) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  bool inherit = argc < 2 || argv[1].truthy();
  RClass* k = self_class(self);
  SymId name;
  if (is_string(argv[0]) && str_view(argv[0]).find("::") != std::string_view::npos) {
    bool from_root = false;
    std::vector<SymId> parts = const_path(str_view(argv[0]), &from_root);
    Value cur = from_root ? Value::object(vm.cObject) : self;
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
      if (!is_class_value(cur)) return Value::nil();
      cur = vm.const_get(as_class(cur), parts[i], inherit);
    }
    if (!is_class_value(cur)) return Value::nil();
    k = as_class(cur);
    name = parts.back();
  } else {
    name = to_method_name(vm, argv[0]);
  }
  check_const_name(vm, name);
  auto lookup = [&](RClass* c) -> const ConstEntry* {
    RClass* owner = c->kind == ClassKind::kIClass ? c->module : c;
    auto it = owner->ext->consts.find(name);
    return it == owner->ext->consts.end() ? nullptr : &it->second;
  };
  const ConstEntry* ce = nullptr;
  for (RClass* c = k; c != nullptr && ce == nullptr; c = inherit ? c->super : nullptr)
    ce = lookup(c);
  if (ce == nullptr && inherit && k->kind == ClassKind::kModule) ce = lookup(vm.cObject);
  if (ce == nullptr) return Value::nil();
  if (ce->line == 0) return ary_new(vm);
  return ary_of(vm, {str_new(vm, sym_name(ce->file)), Value::fixnum(ce->line)});
}
NATIVE(mod_constants) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  RClass* k = self_class(self);
  bool inherit = argc == 0 || argv[0].truthy();
  for (RClass* c = k; c; c = c->super) {
    RClass* owner = c->kind == ClassKind::kIClass ? c->module : c;
    if (owner == vm.cObject && k != vm.cObject) break;
    for (SymId n : owner->ext->const_order) {
      auto it = owner->ext->consts.find(n);
      if (it == owner->ext->consts.end() || it->second.is_private) continue;
      bool dup = false;
      for (int64_t i = 0; i < ary_len(a); ++i) dup = dup || ary_at(a, i) == Value::symbol(n);
      if (!dup) ary_push(vm, a, Value::symbol(n));
    }
    if (!inherit) break;
  }
  return a;
}
NATIVE(mod_remove_const) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  vm.check_frozen(self);
  ClassExt* ext = self_class(self)->ext;
  auto it = ext->consts.find(name);
  if (it == ext->consts.end())
    vm.raise(vm.eNameError, "constant " + class_path(vm, self_class(self)) + "::" + sym_name(name) +
                                " not defined");
  Value v = it->second.fault_oop ? persist::fault_const(vm, it->second) : it->second.value;
  ext->consts.erase(it);
  if (vm.persistent_mode) persist::note_remove_const(vm, self_class(self), name);
  for (size_t i = 0; i < ext->const_order.size(); ++i)
    if (ext->const_order[i] == name) ext->const_order.erase(ext->const_order.begin() + static_cast<long>(i));
  ++vm.const_serial;
  return v;
}
NATIVE(mod_private_constant) {
  UNUSED_ARGS;
  for (int i = 0; i < argc; ++i) {
    SymId name = to_method_name(vm, argv[i]);
    auto it = self_class(self)->ext->consts.find(name);
    if (it == self_class(self)->ext->consts.end())
      vm.raise(vm.eNameError, "constant " + class_path(vm, self_class(self)) + "::" +
                                  sym_name(name) + " not defined");
    it->second.is_private = true;
  }
  ++vm.const_serial;
  return Value::nil();
}
NATIVE(mod_const_missing) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  RClass* k = self_class(self);
  std::string full = k == vm.cObject ? sym_name(name) : class_path(vm, k) + "::" + sym_name(name);
  Value e = vm.make_exception(vm.eNameError, "uninitialized constant " + full);
  vm.ivar_set(e, intern("@name"), Value::symbol(name));
  vm.ivar_set(e, intern("@receiver"), self);
  vm.raise(e);
}
NATIVE(mod_autoload) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  ClassExt* ext = self_class(self)->ext;
  if (!ext->consts.count(name)) {
    ext->consts.emplace(name, ConstEntry{Value::undef(), false, false, to_str(vm, argv[1])});
    ext->const_order.push_back(name);
    if (vm.persistent_mode) persist::note_autoload(vm, self_class(self), name, argv[1]);
    ++vm.const_serial;   // may hide an outer constant of the same name
  }
  return Value::nil();
}
// autoload?(name, inherit = true): the path of a constant registered and not loaded yet.
NATIVE(mod_autoload_p) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  SymId name = to_method_name(vm, argv[0]);
  bool inherit = argc < 2 || argv[1].truthy();
  for (RClass* c = self_class(self); c; c = inherit ? c->super : nullptr) {
    RClass* o = c->kind == ClassKind::kIClass ? c->module : c;
    auto it = o->ext->consts.find(name);
    if (it == o->ext->consts.end()) continue;
    const ConstEntry& e = it->second;
    return e.value.is_undef() && !e.autoload.is_undef() && e.fault_oop == 0 ? e.autoload : Value::nil();
  }
  return Value::nil();
}
// deprecate_constant(*names): marks them (Warning[:deprecated] is off by default in 3.1).
NATIVE(mod_deprecate_constant) {
  UNUSED_ARGS;
  ClassExt* ext = self_class(self)->ext;
  for (int i = 0; i < argc; ++i) {
    SymId name = to_method_name(vm, argv[i]);
    auto it = ext->consts.find(name);
    if (it == ext->consts.end())
      vm.raise(vm.eNameError, "constant " + class_path(vm, self_class(self)) + "::" + sym_name(name) +
                                  " not defined");
    it->second.deprecated = true;
    write_barrier(self.heap());
  }
  return self;
}
// The name of a class variable argument: "@@" and a word ("`x' is not allowed as a
// class variable name" otherwise).
static SymId cvar_name(Vm& vm, Value v) {
  SymId name = to_method_name(vm, v);
  const std::string& n = sym_name(name);
  bool ok = n.size() > 2 && n.compare(0, 2, "@@") == 0 && !std::isdigit(static_cast<unsigned char>(n[2]));
  for (size_t i = 2; ok && i < n.size(); ++i)
    ok = std::isalnum(static_cast<unsigned char>(n[i])) || n[i] == '_' || static_cast<unsigned char>(n[i]) >= 0x80;
  if (!ok) {
    Value e = vm.make_exception(vm.eNameError, "`" + n + "' is not allowed as a class variable name");
    vm.ivar_set(e, intern("@name"), Value::symbol(name));
    vm.raise(e);
  }
  return name;
}
NATIVE(mod_remove_class_variable) {
  UNUSED_ARGS;
  SymId name = cvar_name(vm, argv[0]);
  vm.check_frozen(self);
  ClassExt* ext = self_class(self)->ext;
  auto it = ext->cvars.find(name);
  if (it == ext->cvars.end()) {
    bool inherited = vm.call(self, intern("class_variable_defined?"), 1, argv).truthy();
    vm.raise(vm.eNameError, (inherited ? "cannot remove " + sym_name(name) + " for "
                                       : "class variable " + sym_name(name) + " not defined for ") +
                                class_path(vm, self_class(self)));
  }
  Value v = it->second;
  ext->cvars.erase(it);
  std::erase(ext->cvar_order, name);
  write_barrier(self.heap());
  return v;
}
NATIVE(mod_class_variable_get) {
  UNUSED_ARGS;
  SymId name = cvar_name(vm, argv[0]);
  for (RClass* c = self_class(self); c; c = c->super) {
    RClass* o = c->kind == ClassKind::kIClass ? c->module : c;
    auto it = o->ext->cvars.find(name);
    if (it != o->ext->cvars.end()) return it->second;
  }
  Value e = vm.make_exception(vm.eNameError, "uninitialized class variable " + sym_name(name) +
                                                 " in " + class_path(vm, self_class(self)));
  vm.ivar_set(e, intern("@name"), Value::symbol(name));
  vm.ivar_set(e, intern("@receiver"), self);
  note_name_error_scope(vm, e);
  vm.raise(e);
}
NATIVE(mod_class_variable_set) {
  UNUSED_ARGS;
  SymId name = cvar_name(vm, argv[0]);
  vm.check_frozen(self);
  vm.check_frozen(self);
  ClassExt* ext = self_class(self)->ext;
  if (!ext->cvars.count(name)) ext->cvar_order.push_back(name);
  ext->cvars[name] = argv[1];
  write_barrier(self.heap());
  return argv[1];
}
NATIVE(mod_class_variable_defined) {
  UNUSED_ARGS;
  SymId name = cvar_name(vm, argv[0]);
  for (RClass* c = self_class(self); c; c = c->super) {
    RClass* o = c->kind == ClassKind::kIClass ? c->module : c;
    if (o->ext->cvars.count(name)) return Value::t();
  }
  return Value::f();
}
NATIVE(mod_class_variables) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (RClass* c = self_class(self); c; c = c->super) {
    RClass* o = c->kind == ClassKind::kIClass ? c->module : c;
    for (SymId n : o->ext->cvar_order) ary_push(vm, a, Value::symbol(n));
  }
  return a;
}
NATIVE(mod_module_eval) {
  UNUSED_ARGS;
  if (block.is_nil()) {
    check_args(vm, argc, 1, 3);
    std::string file = argc > 1 ? str_std(to_str(vm, argv[1])) : "(eval)";
    int line = argc > 2 ? static_cast<int>(to_long(vm, argv[2])) : 1;
    Value cref = cref_push(vm, vm.current() ? vm.current()->cref : Value::nil(), self_class(self));
    return vm.eval_module_string(str_std(to_str(vm, argv[0])), file, line, self_class(self), cref);
  }
  return vm.call_proc(block.as<RProc>(), self, 1, &self, Value::nil(), false, self_class(self));
}
NATIVE(mod_module_exec) {
  UNUSED_ARGS;
  return vm.call_proc(block.as<RProc>(), self, argc, argv, Value::nil(), false, self_class(self));
}
NATIVE(mod_freeze) {
  UNUSED_ARGS;
  write_barrier(self.heap());
  self.heap()->flags |= kFlagFrozen;
  if (RClass* s = existing_singleton(vm, self)) s->basic.flags |= kFlagFrozen;   // def Foo.x raises too
  return self;
}
NATIVE(mod_lt) {
  UNUSED_ARGS;
  if (!is_class_value(argv[0])) vm.raise(vm.eTypeError, "compared with non class/module");
  RClass* a = self_class(self);
  RClass* b = as_class(argv[0]);
  if (a == b) return Value::f();
  if (class_inherits(a, b)) return Value::t();
  if (class_inherits(b, a)) return Value::f();
  return Value::nil();
}
NATIVE(mod_le) {
  UNUSED_ARGS;
  if (!is_class_value(argv[0])) vm.raise(vm.eTypeError, "compared with non class/module");
  RClass* a = self_class(self);
  RClass* b = as_class(argv[0]);
  if (a == b || class_inherits(a, b)) return Value::t();
  if (class_inherits(b, a)) return Value::f();
  return Value::nil();
}
NATIVE(mod_gt) {
  UNUSED_ARGS;
  Value s = self;
  return mod_lt(vm, argv[0], 1, &s, block);
}
NATIVE(mod_ge) {
  UNUSED_ARGS;
  Value s = self;
  return mod_le(vm, argv[0], 1, &s, block);
}
NATIVE(mod_cmp) {
  UNUSED_ARGS;
  if (!is_class_value(argv[0])) return Value::nil();
  RClass* a = self_class(self);
  RClass* b = as_class(argv[0]);
  if (a == b) return Value::fixnum(0);
  if (class_inherits(a, b)) return Value::fixnum(-1);
  if (class_inherits(b, a)) return Value::fixnum(1);
  return Value::nil();
}
NATIVE(mod_instance_methods_dummy) {
  UNUSED_ARGS;
  return Value::nil();
}
NATIVE(mod_s_nesting) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  Frame* f = vm.current();
  for (Value c = f ? f->cref : Value::nil(); !c.is_nil(); c = ary_at(c, 1)) {
    Value k = ary_at(c, 0);
    if (k.as<RClass>() != vm.cObject) ary_push(vm, a, k);
  }
  return a;
}
// include/public/private at top level act on Object (main's own methods).
NATIVE(main_include) {
  UNUSED_ARGS;
  return mod_include(vm, Value::object(vm.cObject), argc, argv, block);
}
NATIVE(main_public) {
  UNUSED_ARGS;
  return mod_public(vm, Value::object(vm.cObject), argc, argv, block);
}
NATIVE(main_private) {
  UNUSED_ARGS;
  return mod_private(vm, Value::object(vm.cObject), argc, argv, block);
}
NATIVE(mod_module_new) {
  UNUSED_ARGS;
  RClass* m = module_new(vm, nullptr, nullptr);
  if (self_class(self) != vm.cModule) m->basic.klass = self_class(self);
  Value mv = Value::object(m);
  if (is_proc(block)) vm.call_proc(block.as<RProc>(), mv, 1, &mv, Value::nil(), false, m);
  return mv;
}

// --- Class ------------------------------------------------------------------------

Value alloc_instance(Vm& vm, RClass* klass) {
  if (klass->kind == ClassKind::kSingleton) vm.raise(vm.eTypeError, "can't create instance of singleton class");
  // Classes whose instances are immediates or VM-made objects have no allocator (an
  // RObject in their place crashed their methods); Module/Class make empty ones.
  const RClass* no_alloc[] = {vm.cNilClass, vm.cTrueClass, vm.cFalseClass, vm.cInteger, vm.cFloat,
                              vm.cRational, vm.cComplex, vm.cSymbol, vm.cProc, vm.cMethod,
                              vm.cUnboundMethod, vm.cMatchData, vm.cEncoding, vm.cBinding};
  for (RClass* c = klass; c != nullptr && c != vm.cObject; c = c->super) {
    if (std::find(std::begin(no_alloc), std::end(no_alloc), c) != std::end(no_alloc))
      vm.raise(vm.eTypeError, "allocator undefined for " + class_path(vm, klass));
    if (c == vm.cClass) return Value::object(class_new(vm, vm.cObject, nullptr, nullptr));
    if (c == vm.cModule) return Value::object(module_new(vm, nullptr, nullptr));
  }
  // Subclasses of Array, String and Hash get their base's layout (MyArray.allocate).
  for (RClass* c = klass; c != nullptr && c != vm.cObject; c = c->super) {
    Value v = c == vm.cArray ? ary_new(vm) : c == vm.cString ? str_new(vm, "") : c == vm.cHash ? hash_new(vm) : Value::nil();
    if (v.is_nil()) continue;
    v.heap()->klass = klass;
    return v;
  }
  return object_new(vm, klass);
}
Value object_new(Vm& vm, RClass* klass) {
  auto* o = vm.heap.make<RObject>(HeapType::kObject, klass);
  o->ivs = o->inline_ivs;
  o->ivcap = RObject::kInline;
  return Value::object(o);
}

NATIVE(class_allocate) {
  UNUSED_ARGS;
  return alloc_instance(vm, self_class(self));
}
NATIVE(class_new_instance) {
  UNUSED_ARGS;
  bool kw = vm.kw_passed;
  // The class's allocator, as CRuby's rb_obj_alloc: a Ruby-level `allocate` is not called.
  Value obj = alloc_instance(vm, self_class(self));
  MethodEntry* init = vm.find_method_cached(vm.class_of(obj), sym::initialize);
  if (init != nullptr && !(init->kind == MethodEntry::Kind::kNative && init->owner == vm.cBasicObject)) {
    vm.call_entry(init, obj, argc, argv, block, kw);
  } else if (argc > 0 && !(argc == 1 && is_hash(argv[0]) && hash_size(argv[0]) == 0)) {
    vm.raise_arity(argc, 0, 0);
  }
  return obj;
}
NATIVE(class_superclass) {
  UNUSED_ARGS;
  RClass* s = self_class(self)->super;
  while (s != nullptr && s->kind == ClassKind::kIClass) s = s->super;   // skip modules
  return s ? Value::object(s) : Value::nil();
}
NATIVE(class_s_new) {
  UNUSED_ARGS;
  RClass* super = vm.cObject;
  if (argc > 0) {
    if (!is_class_value(argv[0]) || (as_class(argv[0])->kind != ClassKind::kClass &&
                                     as_class(argv[0])->kind != ClassKind::kSingleton))
      vm.raise(vm.eTypeError, "superclass must be an instance of Class (given an instance of " +
                                  vm.class_name_of(argv[0]) + ")");
    super = as_class(argv[0]);
    if (super->kind == ClassKind::kSingleton) vm.raise(vm.eTypeError, "can't make subclass of singleton class");
    if (super == vm.cClass) vm.raise(vm.eTypeError, "can't make subclass of Class");
  }
  RClass* c = class_new(vm, super, nullptr, nullptr);
  Value cv = Value::object(c);
  vm.call(Value::object(super), sym::inherited, 1, &cv);
  if (is_proc(block)) vm.call_proc(block.as<RProc>(), cv, 1, &cv, Value::nil(), false, c);
  return cv;
}
NATIVE(class_subclasses) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (RClass* c : self_class(self)->ext->subclasses) ary_push(vm, a, Value::object(c));
  return a;
}
NATIVE(mod_singleton_class_p) {
  UNUSED_ARGS;
  return Value::boolean(self_class(self)->kind == ClassKind::kSingleton);
}
NATIVE(class_attached_object) {
  UNUSED_ARGS;
  return self_class(self)->attached;
}

void init_module(Vm& vm) {
  RClass* m = vm.cModule;
  define_native(vm, m, "name", mod_name, 0);
  define_native(vm, m, "to_s", mod_to_s, 0);
  define_native(vm, m, "inspect", mod_to_s, 0);
  define_native(vm, m, "===", mod_eqq, 1);
  define_native(vm, m, "==", [](Vm&, Value self, int, const Value* argv, Value) {
    return Value::boolean(self == argv[0]);
  }, 1);
  define_native(vm, m, "<", mod_lt, 1);
  define_native(vm, m, "<=", mod_le, 1);
  define_native(vm, m, ">", mod_gt, 1);
  define_native(vm, m, ">=", mod_ge, 1);
  define_native(vm, m, "<=>", mod_cmp, 1);
  define_native(vm, m, "ancestors", mod_ancestors, 0);
  define_native(vm, m, "include", mod_include, -1);
  define_native(vm, m, "prepend", mod_prepend, -1);
  define_native(vm, m, "include?", mod_include_p, 1);
  define_native(vm, m, "included_modules", mod_included_modules, 0);
  for (const char* hook : {"included", "extended", "prepended", "method_added", "method_removed",
                           "method_undefined", "inherited"})
    define_native(vm, m, hook, mod_hook_noop, -1, Visibility::kPrivate);
  define_native(vm, m, "public", mod_public, -1);
  define_native(vm, m, "private", mod_private, -1);
  define_native(vm, m, "protected", mod_protected, -1);
  define_native(vm, m, "module_function", mod_module_function, -1);
  define_native(vm, m, "private_class_method", mod_private_class_method, -1);
  define_native(vm, m, "public_class_method", mod_public_class_method, -1);
  define_native(vm, m, "attr_reader", mod_attr_reader, -1);
  define_native(vm, m, "attr_writer", mod_attr_writer, -1);
  define_native(vm, m, "attr_accessor", mod_attr_accessor, -1);
  define_native(vm, m, "attr", mod_attr_reader, -1);
  define_native(vm, m, "define_method", mod_define_method, -1);
  define_native(vm, m, "alias_method", mod_alias_method, 2);
  define_native(vm, m, "remove_method", mod_remove_method, -1);
  define_native(vm, m, "undef_method", mod_undef_method, -1);
  define_native(vm, m, "instance_methods", mod_instance_methods, -1);
  define_native(vm, m, "public_instance_methods", mod_public_instance_methods, -1);
  define_native(vm, m, "private_instance_methods", mod_private_instance_methods, -1);
  define_native(vm, m, "protected_instance_methods", mod_protected_instance_methods, -1);
  define_native(vm, m, "method_defined?", mod_method_defined, -1);
  define_native(vm, m, "public_method_defined?", mod_public_method_defined, -1);
  define_native(vm, m, "private_method_defined?", mod_private_method_defined, -1);
  define_native(vm, m, "protected_method_defined?", mod_protected_method_defined, -1);
  define_native(vm, m, "instance_method", mod_instance_method, 1);
  define_native(vm, m, "const_get", mod_const_get, -1);
  define_native(vm, m, "const_set", mod_const_set, 2);
  define_native(vm, m, "const_defined?", mod_const_defined, -1);
  define_native(vm, m, "constants", mod_constants, -1);
  define_native(vm, m, "const_source_location", mod_const_source_location, -1);
  define_native(vm, m, "remove_const", mod_remove_const, 1, Visibility::kPrivate);
  define_native(vm, m, "private_constant", mod_private_constant, -1);
  define_native(vm, m, "public_constant", mod_instance_methods_dummy, -1);
  define_native(vm, m, "const_missing", mod_const_missing, 1);
  define_native(vm, m, "autoload", mod_autoload, 2);
  define_native(vm, m, "autoload?", mod_autoload_p, -1);
  define_native(vm, m, "deprecate_constant", mod_deprecate_constant, -1);
  define_native(vm, m, "remove_class_variable", mod_remove_class_variable, 1);
  define_native(vm, m, "class_variable_get", mod_class_variable_get, 1);
  define_native(vm, m, "class_variable_set", mod_class_variable_set, 2);
  define_native(vm, m, "class_variable_defined?", mod_class_variable_defined, 1);
  define_native(vm, m, "class_variables", mod_class_variables, -1);
  define_native(vm, m, "module_eval", mod_module_eval, -1);
  define_native(vm, m, "class_eval", mod_module_eval, -1);
  define_native(vm, m, "module_exec", mod_module_exec, -1);
  define_native(vm, m, "class_exec", mod_module_exec, -1);
  define_native(vm, m, "freeze", mod_freeze, 0);
  define_native(vm, m, "singleton_class?", mod_singleton_class_p, 0);
  define_native(vm, m, "hash", [](Vm&, Value self, int, const Value*, Value) {
    return Value::fixnum(static_cast<int64_t>(self.bits() >> 3));
  }, 0);
  define_native(vm, singleton_class(vm, Value::object(m)), "new", mod_module_new, 0);
  define_native(vm, singleton_class(vm, Value::object(m)), "nesting", mod_s_nesting, 0);
  define_singleton_native(vm, vm.main_obj, "include", main_include, -1);
  define_singleton_native(vm, vm.main_obj, "public", main_public, -1);
  define_singleton_native(vm, vm.main_obj, "private", main_private, -1);
  RClass* c = vm.cClass;
  define_native(vm, c, "allocate", class_allocate, 0);
  define_native(vm, c, "new", class_new_instance, -1);
  define_native(vm, c, "superclass", class_superclass, 0);
  define_native(vm, c, "subclasses", class_subclasses, 0);
  define_native(vm, c, "attached_object", class_attached_object, 0);
  define_native(vm, singleton_class(vm, Value::object(c)), "new", class_s_new, -1);
  // Class#new for user classes is undefined on Class's own singleton for module_function etc.
  (void)mod_instance_methods_dummy;
}

}  // namespace maglev::vm
