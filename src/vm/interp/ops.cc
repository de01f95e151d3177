// Whole-instruction helpers of the dispatch loop (ops.h): class and method
// definition, class variables, splats, case equality, defined?, aliases, END blocks.
#include "vm/interp/ops.h"

#include "vm/interp/refinement.h"
#include "vm/object/array.h"
#include "vm/object/hash.h"
#include "vm/object/numeric.h"
#include "vm/object/string.h"

namespace maglev::vm {

// The class whose class variables a frame sees: the innermost lexical class that is
// not a singleton (class << self shares its attached class's variables).
static RClass* cvar_base(Vm& vm, Frame* f) {
  for (Value c = f->cref; !c.is_nil(); c = ary_at(c, 1)) {
    RClass* k = ary_at(c, 0).as<RClass>();
    if (k->kind == ClassKind::kSingleton) {
      Value att = k->attached;
      if (att.is_heap() && att.heap()->type == HeapType::kClass) return att.as<RClass>();
      continue;
    }
    return k;
  }
  return vm.cObject;
}

static RClass* cvar_owner(RClass* base, SymId name) {
  for (RClass* c = base; c != nullptr; c = c->super) {
    RClass* owner = c->kind == ClassKind::kIClass ? c->module : c;
    if (owner->ext->cvars.count(name)) return owner;
  }
  return nullptr;
}

Value cvar_get(Vm& vm, Frame* f, SymId name) {
  RClass* base = cvar_base(vm, f);
  RClass* owner = cvar_owner(base, name);
  if (owner == nullptr) {
    Value e = vm.make_exception(vm.eNameError, "uninitialized class variable " + sym_name(name) +
                                                   " in " + class_path(vm, base));
    vm.ivar_set(e, intern("@name"), Value::symbol(name));
    vm.ivar_set(e, intern("@receiver"), Value::object(base));
    note_name_error_scope(vm, e);
    vm.raise(e);
  }
  return owner->ext->cvars[name];
}

void cvar_set(Vm& vm, Frame* f, SymId name, Value v) {
  RClass* base = cvar_base(vm, f);
  RClass* owner = cvar_owner(base, name);
  if (owner == nullptr) {
    owner = base;
    owner->ext->cvar_order.push_back(name);
  }
  owner->ext->cvars[name] = v;
  write_barrier(&owner->basic);
}

Value splat_to_array(Vm& vm, Value v) {
  if (is_array(v)) return ary_dup(vm, v);
  if (v.is_nil()) return ary_new(vm);
  if (v.is_heap() && vm.respond_to(v, sym::to_a, true)) {
    Value a = vm.call(v, sym::to_a);
    if (is_array(a)) return ary_dup(vm, a);
    if (!a.is_nil())
      vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " to Array (" +
                                  vm.class_name_of(v) + "#to_a gives " + vm.class_name_of(a) + ")");
  }
  return ary_of(vm, {v});
}

Value to_ary_for_masgn(Vm& vm, Value v) {
  if (is_array(v)) return v;
  if (v.is_heap() && vm.respond_to(v, sym::to_ary, true)) {
    Value a = vm.call(v, sym::to_ary);
    if (is_array(a)) return a;
    if (!a.is_nil())
      vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " to Array (" +
                                  vm.class_name_of(v) + "#to_ary gives " + vm.class_name_of(a) + ")");
  }
  return ary_of(vm, {v});
}

void hash_merge_kw(Vm& vm, Value h, Value other) {
  if (other.is_nil()) return;
  if (!is_hash(other)) {
    Value conv = vm.respond_to(other, sym::to_hash, true) ? vm.call(other, sym::to_hash)
                                                          : Value::nil();
    if (!is_hash(conv)) vm.raise_type(other, "Hash");
    other = conv;
  }
  hash_each(other, [&](Value k, Value v) { hash_aset(vm, h, k, v); });
}

Value any_to_s(Vm& vm, Value v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, ":0x%016lx>", static_cast<unsigned long>(v.bits()));
  return str_new(vm, "#<" + vm.class_name_of(v) + buf);
}

static void check_superclass(Vm& vm, Value super) {
  if (!super.is_heap() || super.heap()->type != HeapType::kClass ||
      super.as<RClass>()->kind != ClassKind::kClass)
    vm.raise(vm.eTypeError, "superclass must be an instance of Class (given an instance of " +
                                vm.class_name_of(super) + ")");
}

static RClass* scope_class(Vm& vm, Frame* f, Value cbase) {
  if (cbase.is_nil()) return cref_class(vm, f->cref);
  if (!cbase.is_heap() || cbase.heap()->type != HeapType::kClass)
    vm.raise(vm.eTypeError, vm.inspect(cbase) + " is not a class/module");
  return cbase.as<RClass>();
}

RClass* define_class(Vm& vm, Frame* f, Value cbase, SymId name, Value super, uint32_t flags) {
  RClass* outer = scope_class(vm, f, cbase);
  if (!super.is_nil()) check_superclass(vm, super);
  (void)flags;
  Value* existing = vm.const_lookup(outer, name, false);
  if (existing != nullptr && !existing->is_undef()) {
    Value v = *existing;
    if (!v.is_heap() || v.heap()->type != HeapType::kClass ||
        v.as<RClass>()->kind != ClassKind::kClass)
      vm.raise(vm.eTypeError, sym_name(name) + " is not a class");
    RClass* k = v.as<RClass>();
    if (!super.is_nil() && real_class(k->super) != super.as<RClass>())
      vm.raise(vm.eTypeError, "superclass mismatch for class " + sym_name(name));
    return k;
  }
  RClass* sup = super.is_nil() ? vm.cObject : super.as<RClass>();
  RClass* k = class_new(vm, sup, outer, sym_name(name).c_str());
  Value sv = Value::object(k);
  vm.call(Value::object(sup), sym::inherited, 1, &sv);
  return k;
}

RClass* define_module(Vm& vm, Frame* f, Value cbase, SymId name) {
  RClass* outer = scope_class(vm, f, cbase);
  Value* existing = vm.const_lookup(outer, name, false);
  if (existing != nullptr && !existing->is_undef()) {
    Value v = *existing;
    if (!v.is_heap() || v.heap()->type != HeapType::kClass ||
        v.as<RClass>()->kind != ClassKind::kModule)
      vm.raise(vm.eTypeError, sym_name(name) + " is not a module");
    return v.as<RClass>();
  }
  return module_new(vm, outer, sym_name(name).c_str());
}

// def in a frozen class or on a frozen object: FrozenError as rb_class_modify_check words it.
void check_class_modifiable(Vm& vm, RClass* klass) {
  if (!(klass->basic.flags & kFlagFrozen)) return;
  Value target = Value::object(klass);
  std::string msg;
  Value att = klass->attached;
  bool of_module = att.is_heap() && att.heap()->type == HeapType::kClass;
  if (klass->kind == ClassKind::kSingleton && !of_module) {
    target = klass->attached;
    msg = "can't modify frozen object: " + vm.inspect(target);
  } else if (klass->kind == ClassKind::kSingleton) {
    target = att;
    msg = std::string("can't modify frozen ") +
          (att.as<RClass>()->kind == ClassKind::kModule ? "Module" : "Class") + ": " + vm.inspect(att);
  } else {
    msg = std::string("can't modify frozen ") + (klass->kind == ClassKind::kModule ? "module" : "class") + ": " + vm.inspect(target);
  }
  Value e = vm.make_exception(vm.eFrozenError, msg);
  vm.ivar_set(e, intern("@receiver"), target);
  vm.raise(e);
}

// The Ruby code a method entry runs (a def's or a define_method block's), or null.
static const Code* entry_code(const MethodEntry* me) {
  const RCode* rc = me->kind == MethodEntry::Kind::kBytecode ? me->code
                    : me->kind == MethodEntry::Kind::kProc && me->proc ? me->proc->code
                                                                         : nullptr;
  return rc ? rc->code : nullptr;
}

void warn_method_redefined(Vm& vm, RClass* klass, SymId name) {
  if (!vm.gvar_get(intern("$VERBOSE")).is_true()) return;
  auto it = klass->m_tbl->find(name);
  if (it == klass->m_tbl->end()) return;
  const MethodEntry* me = it->second;
  bool attr = me->kind == MethodEntry::Kind::kAttrReader ||
              me->kind == MethodEntry::Kind::kAttrWriter;
  const Code* old = entry_code(me);
  if (!attr && (old == nullptr || old->file.starts_with("<internal:"))) return;
  for (const auto& [other, e] : *klass->m_tbl)   // aliased: CRuby's alias_count
    if (other != name && (attr ? e == me : entry_code(e) == old)) return;
  Value warning = vm.const_get(vm.cObject, intern("Warning"));
  std::string here = vm.current_file() + ":" + std::to_string(vm.current_line());
  Value text = str_new(vm, here + ": warning: method redefined; discarding old " +
                               sym_name(name) + "\n");
  vm.call(warning, intern("warn"), 1, &text);
  if (attr) return;   // no code to point at
  text = str_new(vm, old->file + ":" + std::to_string(old->first_line) +
                         ": warning: previous definition of " + sym_name(name) + " was here\n");
  vm.call(warning, intern("warn"), 1, &text);
}

void define_method_from_code(Vm& vm, Frame* f, RClass* klass, SymId name, RCode* body,
                             bool singleton) {
  check_class_modifiable(vm, klass);
  warn_method_redefined(vm, klass, name);
  MethodEntry e;
  e.kind = MethodEntry::Kind::kBytecode;
  e.code = body;
  e.cref = f->cref;
  e.vis = Visibility::kPublic;
  if (!singleton) {
    static const SymId initialize_dup = intern("initialize_dup");
    static const SymId initialize_clone = intern("initialize_clone");
    if (name == sym::initialize || name == sym::initialize_copy ||
        name == sym::respond_to_missing_p || name == initialize_dup ||
        name == initialize_clone)
      e.vis = Visibility::kPrivate;
    else if (klass == vm.cObject && f->code->kind == Code::Kind::kTop)
      e.vis = f->vis;   // private unless main's `public` said otherwise
    else if (klass == vm.cObject && f->self == vm.main_obj &&
             (f->code->kind == Code::Kind::kEval ||
              (f->code->kind == Code::Kind::kBlock && f->me == nullptr)))
      // so does an eval on main, or a block run at top level (CRuby's toplevel
      // cref, whose default visibility is private)
      e.vis = Visibility::kPrivate;
    else
      e.vis = vm.module_function_mode(f) ? Visibility::kPrivate : vm.default_visibility(f);
  }
  MethodEntry* me = define_method_entry(vm, klass, name, e);
  vm.note_method_defined(klass, name);
  RClass* module_function_copy = nullptr;
  if (!singleton && vm.module_function_mode(f)) {
    MethodEntry copy = *me;
    copy.vis = Visibility::kPublic;
    copy.owner = nullptr;
    module_function_copy = singleton_class(vm, Value::object(klass));
    define_method_entry(vm, module_function_copy, name, copy);
  }
  method_hook(vm, klass, "method_added", name);
  if (module_function_copy) method_hook(vm, module_function_copy, "method_added", name);
}

void method_hook(Vm& vm, RClass* klass, const char* hook, SymId name) {
  Value sym = Value::symbol(name);
  if (klass->kind == ClassKind::kSingleton)
    vm.call(klass->attached, intern(std::string("singleton_") + hook), 1, &sym);
  else
    vm.call(Value::object(klass), intern(hook), 1, &sym);
}

bool case_eqq(Vm& vm, Value pattern, Value target) {
  if (pattern.is_fixnum() && target.is_fixnum()) return pattern == target;
  if (pattern.is_symbol()) return pattern == target;
  if (pattern.is_heap() && pattern.heap()->type == HeapType::kClass &&
      find_method(vm.class_of(pattern), sym::eqq)->owner == vm.cModule)
    return vm.is_a(target, pattern.as<RClass>());
  return vm.call(pattern, sym::eqq, 1, &target).truthy();
}

Value defined_check(Vm& vm, Frame* f, uint32_t kind, SymId name, Value operand) {
  auto str = [&](const char* s) { return str_new(vm, s); };
  switch (kind) {
    case kDefinedIvar:
      return vm.ivar_defined(f->self, name) ? str("instance-variable") : Value::nil();
    case kDefinedGvar:
      return vm.globals.count(name) || vm.is_special_gvar(name) || vm.gvar_aliases.count(name)
                 ? str("global-variable")
                 : Value::nil();
    case kDefinedCvar: {
      RClass* base = nullptr;
      for (Value c = f->cref; !c.is_nil(); c = ary_at(c, 1)) {
        base = ary_at(c, 0).as<RClass>();
        break;
      }
      if (base == nullptr) base = vm.cObject;
      return cvar_owner(base, name) ? str("class variable") : Value::nil();
    }
    case kDefinedConst:
      return cref_const_defined(vm, f->cref, name) ? str("constant") : Value::nil();
    case kDefinedConstUnder:
      if (operand.is_heap() && operand.heap()->type == HeapType::kClass &&
          vm.const_defined(operand.as<RClass>(), name, true))
        return str("constant");
      return Value::nil();
    case kDefinedMethod: {
      MethodEntry* me = find_method_in_scope(vm, f->cref, vm.class_of(operand), name);
      if (me != nullptr && me->vis != Visibility::kPrivate) return str("method");
      if (me == nullptr && vm.respond_to(operand, name, false)) return str("method");
      return Value::nil();
    }
    case kDefinedFcall:
      return find_method_in_scope(vm, f->cref, vm.class_of(f->self), name) ? str("method")
                                                                          : Value::nil();
    case kDefinedYield:
      return f->block.is_nil() ? Value::nil() : str("yield");
    case kDefinedSuper:
    case kDefinedZsuper: {
      if (f->me == nullptr) return Value::nil();
      MethodEntry* me = f->defined_class
                            ? find_method(f->defined_class->super, f->me->original_name)
                            : find_super_method(vm.class_of(f->self), f->me->owner, f->me->original_name);
      return me ? str("super") : Value::nil();
    }
  }
  return Value::nil();
}

void raise_undefined_method_in(Vm& vm, RClass* klass, SymId name) {
  Value e = vm.make_exception(
      vm.eNameError, "undefined method `" + sym_name(name) + "' for " +
                         std::string(klass->kind == ClassKind::kModule ? "module" : "class") +
                         " `" + class_path(vm, klass) + "'");
  vm.ivar_set(e, intern("@name"), Value::symbol(name));
  vm.raise(e);
}

void alias_method(Vm& vm, RClass* klass, SymId new_name, SymId old_name) {
  MethodEntry* me = find_method(klass, old_name);
  // A refinement aliases the refined class's methods too.
  if (me == nullptr && klass->kind == ClassKind::kModule && klass->ext->refined_class)
    me = find_method(klass->ext->refined_class, old_name);
  if (me == nullptr && klass->kind == ClassKind::kModule) me = find_method(vm.cObject, old_name);
  if (me == nullptr) raise_undefined_method_in(vm, klass, old_name);
  MethodEntry copy = *me;
  copy.owner = nullptr;
  if (copy.kind == MethodEntry::Kind::kBytecode || copy.kind == MethodEntry::Kind::kProc)
    copy.owner = me->owner;   // super from an alias looks up the original's owner chain
  MethodEntry* added = define_method_entry(vm, klass, new_name, copy);
  added->original_name = me->original_name;
  vm.note_method_defined(klass, new_name);
  method_hook(vm, klass, "method_added", new_name);
}

void alias_gvar(Vm& vm, SymId new_name, SymId old_name) {
  vm.gvar_aliases[new_name] = old_name;
}

void undef_method(Vm& vm, RClass* klass, SymId name) {
  if (find_method(klass, name) == nullptr) raise_undefined_method_in(vm, klass, name);
  MethodEntry e;
  e.kind = MethodEntry::Kind::kUndefined;
  define_method_entry(vm, klass, name, e);
  vm.note_method_defined(klass, name);
  method_hook(vm, klass, "method_undefined", name);
}

void register_postexe(Vm& vm, Frame* f, RCode* body) {
  for (RCode* done : vm.postexe_done)
    if (done == body) return;
  vm.postexe_done.push_back(body);
  vm.at_exit_procs.push_back(Value::object(make_block(vm, f, body, false)));
}

bool check_type(Vm&, Value v, uint32_t type) {
  switch (type) {
    case kCheckArray: return is_array(v);
    case kCheckHash: return is_hash(v);
    case kCheckString: return is_string(v);
    case kCheckNil: return v.is_nil();
  }
  return false;
}

}  // namespace maglev::vm
