// BasicObject and Object: identity, equality, inspect/to_s, instance variables,
// freeze/dup/clone, send, respond_to?, singleton methods, is_a?; and the Vm's
// conversion helpers every core file uses (inspect, to_s, equal, eql, hash_of).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "vm/core/core.h"
#include "vm/interp/interp.h"
#include "vm/interp/ops.h"
#include "vm/interp/refinement.h"

namespace maglev::vm {

// --- Vm conversions ------------------------------------------------------------

std::string Vm::inspect(Value v) {
  if (v.is_nil()) return "nil";
  if (v.is_true()) return "true";
  if (v.is_false()) return "false";
  if (v.is_fixnum()) return std::to_string(v.fixnum_value());
  Value s = call(v, sym::inspect);
  if (!is_string(s)) s = any_to_s(*this, v);
  return str_std(s);
}

std::string Vm::to_s(Value v) {
  if (is_string(v)) return str_std(v);
  if (v.is_fixnum()) return std::to_string(v.fixnum_value());
  Value s = call(v, sym::to_s);
  if (!is_string(s)) s = any_to_s(*this, v);
  return str_std(s);
}

bool Vm::equal(Value a, Value b) {
  if (a == b) return true;
  if (a.is_fixnum() && b.is_fixnum()) return false;
  return call(a, sym::eq, 1, &b).truthy();
}

bool Vm::eql(Value a, Value b) {
  if (a == b) return true;
  if (a.is_fixnum() || a.is_symbol()) return false;
  return call(a, sym::eql_p, 1, &b).truthy();
}

uint64_t Vm::hash_of(Value v) {
  Value h = call(v, sym::hash);
  if (h.is_fixnum()) return static_cast<uint64_t>(h.fixnum_value());
  if (is_bignum(h)) return mpz_get_ui(h.as<RBignum>()->z);
  raise(eTypeError, "no implicit conversion of " + class_name_of(h) + " into Integer");
}

int64_t Vm::to_int64(Value v) {
  if (v.is_fixnum()) return v.fixnum_value();
  if (is_bignum(v)) {
    if (mpz_fits_slong_p(v.as<RBignum>()->z)) return mpz_get_si(v.as<RBignum>()->z);
    raise(eRangeError, "bignum too big to convert into `long'");
  }
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d) || std::isinf(d)) raise(eFloatDomainError, float_to_s(d));
    return static_cast<int64_t>(d);
  }
  return to_int64(to_integer(*this, v));
}

double Vm::to_double(Value v) {
  if (is_float(v)) return float_value(v);
  if (v.is_fixnum() || is_bignum(v)) return int_to_double(v);
  if (v.is_nil()) raise(eTypeError, "can't convert nil into Float");
  if (v.is_heap() && is_a(v, cNumeric)) return float_value(call(v, sym::to_f));
  raise(eTypeError, "can't convert " + class_name_of(v) + " into Float");
}

Value to_str(Vm& vm, Value v) {
  if (is_string(v)) return v;
  if (v.is_heap() && vm.respond_to(v, sym::to_str, true)) {
    Value s = vm.call(v, sym::to_str);
    if (is_string(s)) return s;
    vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " to String (" +
                                vm.class_name_of(v) + "#to_str gives " + vm.class_name_of(s) + ")");
  }
  vm.raise_type(v, "String");
}

Value to_ary(Vm& vm, Value v) {
  if (is_array(v)) return v;
  if (v.is_heap() && vm.respond_to(v, sym::to_ary, true)) {
    Value a = vm.call(v, sym::to_ary);
    if (is_array(a)) return a;
  }
  vm.raise_type(v, "Array");
}

Value to_hash(Vm& vm, Value v) {
  if (is_hash(v)) return v;
  if (v.is_heap() && vm.respond_to(v, sym::to_hash, true)) {
    Value h = vm.call(v, sym::to_hash);
    if (is_hash(h)) return h;
    vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " to Hash (" + vm.class_name_of(v) +
                                "#to_hash gives " + vm.class_name_of(h) + ")");
  }
  vm.raise_type(v, "Hash");
}

Value to_integer(Vm& vm, Value v) {
  if (is_integer(v)) return v;
  if (is_float(v)) {
    double d = float_value(v);
    if (std::isnan(d) || std::isinf(d)) vm.raise(vm.eFloatDomainError, float_to_s(d));
    mpz_t z;
    mpz_init_set_d(z, d);
    Value r = int_from_mpz(vm, z);
    mpz_clear(z);
    return r;
  }
  if (v.is_heap() && vm.respond_to(v, sym::to_int, true)) {
    Value i = vm.call(v, sym::to_int);
    if (is_integer(i)) return i;
    vm.raise(vm.eTypeError, "can't convert " + vm.class_name_of(v) + " to Integer (" + vm.class_name_of(v) +
                                "#to_int gives " + vm.class_name_of(i) + ")");
  }
  vm.raise_type(v, "Integer");
}

int64_t to_long(Vm& vm, Value v) {
  if (v.is_fixnum()) return v.fixnum_value();
  if (v.is_nil()) vm.raise(vm.eTypeError, "no implicit conversion from nil to integer");
  return vm.to_int64(to_integer(vm, v));
}

SymId to_method_name(Vm& vm, Value v) {
  if (v.is_symbol()) return v.symbol_id();
  if (is_string(v)) return intern(str_view(v));
  if (v.is_heap() && vm.respond_to(v, sym::to_str, true)) {   // rb_check_id: to_str too
    Value s = vm.call(v, sym::to_str);
    if (is_string(s)) return intern(str_view(s));
  }
  vm.raise(vm.eTypeError, vm.inspect(v) + " is not a symbol nor a string");
}

NATIVE(conv_to_int) { UNUSED_ARGS; return to_integer(vm, argv[0]); }
NATIVE(conv_num2long) { UNUSED_ARGS; return Value::fixnum(to_long(vm, argv[0])); }
NATIVE(conv_to_ary) { UNUSED_ARGS; return to_ary(vm, argv[0]); }
NATIVE(conv_to_str) { UNUSED_ARGS; return to_str(vm, argv[0]); }
NATIVE(conv_to_hash) { UNUSED_ARGS; return to_hash(vm, argv[0]); }

// --- BasicObject / Object ---------------------------------------------------------

NATIVE(obj_equal) {
  UNUSED_ARGS;
  return Value::boolean(self == argv[0]);
}
NATIVE(obj_not) {
  UNUSED_ARGS;
  return Value::boolean(!self.truthy());
}
NATIVE(obj_neq) {
  UNUSED_ARGS;
  return Value::boolean(!vm.call(self, sym::eq, 1, argv).truthy());
}
NATIVE(obj_instance_eval) {
  UNUSED_ARGS;
  if (block.is_nil()) {
    check_args(vm, argc, 1, 3);
    std::string file = argc > 1 ? str_std(to_str(vm, argv[1])) : "(eval)";
    int line = argc > 2 ? static_cast<int>(to_long(vm, argv[2])) : 1;
    RClass* target = self.is_heap() ? singleton_class(vm, self) : vm.class_of(self);
    return vm.eval_string(str_std(to_str(vm, argv[0])), file, line, self, Value::undef(), target);
  }
  RClass* target = self.is_heap() ? singleton_class(vm, self) : vm.class_of(self);
  return vm.call_proc(block.as<RProc>(), self, 1, &self, Value::nil(), false, target);
}
NATIVE(obj_instance_exec) {
  UNUSED_ARGS;
  if (block.is_nil()) vm.raise(vm.eLocalJumpError, "no block given (yield)");
  RClass* target = self.is_heap() ? singleton_class(vm, self) : vm.class_of(self);
  return vm.call_proc(block.as<RProc>(), self, argc, argv, Value::nil(), false, target);
}
NATIVE(obj_send) {
  UNUSED_ARGS;
  if (argc < 1) vm.raise(vm.eArgumentError, "no method name given");
  SymId mid = to_method_name(vm, argv[0]);
  Frame* caller = vm.current();
  return invoke_in_scope(vm, caller ? caller->cref : Value::nil(), self, mid, argc - 1, argv + 1,
                         block, true, vm.kw_passed);
}
NATIVE(obj_public_send) {
  UNUSED_ARGS;
  if (argc < 1) vm.raise(vm.eArgumentError, "no method name given");
  SymId mid = to_method_name(vm, argv[0]);
  Frame* caller = vm.current();
  return invoke_in_scope(vm, caller ? caller->cref : Value::nil(), self, mid, argc - 1, argv + 1,
                         block, false, vm.kw_passed);
}
NATIVE(obj_method_missing) {
  UNUSED_ARGS;
  if (argc < 1 || !argv[0].is_symbol()) vm.raise(vm.eArgumentError, "no method name given");
  raise_no_method(vm, self, argv[0].symbol_id(), false, false, nullptr, false, argc - 1, argv + 1);
}
// BasicObject#initialize takes no arguments (super(x) up to it raises, as in CRuby); an
// empty keyword hash is no argument.
NATIVE(obj_initialize) {
  UNUSED_ARGS;
  if (argc > 0 && !(argc == 1 && is_hash(argv[0]) && hash_size(argv[0]) == 0)) vm.raise_arity(argc, 0, 0);
  return Value::nil();
}
// BasicObject#singleton_method_added, _removed and _undefined: hooks that do nothing.
NATIVE(obj_singleton_method_hook) {
  UNUSED_ARGS;
  return Value::nil();
}
NATIVE(obj_id) {
  UNUSED_ARGS;
  if (self.is_fixnum()) return Value::fixnum(2 * self.fixnum_value() + 1);
  if (self.is_nil()) return Value::fixnum(8);
  if (self.is_true()) return Value::fixnum(20);
  if (self.is_false()) return Value::fixnum(0);
  return Value::fixnum(static_cast<int64_t>(self.bits() >> 3));
}
NATIVE(obj_class) {
  UNUSED_ARGS;
  return Value::object(real_class(vm.class_of(self)));
}
NATIVE(obj_singleton_class) {
  UNUSED_ARGS;
  return Value::object(singleton_class(vm, self));
}
NATIVE(obj_frozen_p) {
  UNUSED_ARGS;
  if (!self.is_heap()) return Value::t();
  return Value::boolean(self.heap()->frozen());
}
NATIVE(obj_freeze) {
  UNUSED_ARGS;
  if (self.is_heap()) {
    write_barrier(self.heap());
    self.heap()->flags |= kFlagFrozen;
    if (RClass* s = existing_singleton(vm, self)) s->basic.flags |= kFlagFrozen;
  }
  return self;
}
NATIVE(obj_inspect) {
  UNUSED_ARGS;
  std::vector<SymId> ivs = vm.ivar_names(self);
  // A plain object inspects as #<Foo:0x...> whatever its to_s (rb_obj_inspect); other
  // heap types without an inspect of their own show their to_s.
  if (!(self.is_heap() && self.heap()->type == HeapType::kObject)) return vm.call(self, sym::to_s);
  if (ivs.empty()) return any_to_s(vm, self);
  std::string s = str_std(any_to_s(vm, self));
  s.pop_back();
  static thread_local std::vector<Value> in_progress;
  for (Value v : in_progress)
    if (v == self) return str_new(vm, s + " ...>");
  in_progress.push_back(self);
  try {
    for (size_t i = 0; i < ivs.size(); ++i) {
      s += (i ? ", " : " ") + sym_name(ivs[i]) + "=" + vm.inspect(vm.ivar_get(self, ivs[i]));
    }
  } catch (...) {
    in_progress.pop_back();
    throw;
  }
  in_progress.pop_back();
  return str_new(vm, s + ">");
}
NATIVE(obj_to_s) {
  UNUSED_ARGS;
  return any_to_s(vm, self);
}
NATIVE(obj_is_a) {
  UNUSED_ARGS;
  if (!is_class_value(argv[0])) vm.raise(vm.eTypeError, "class or module required");
  return Value::boolean(vm.is_a(self, as_class(argv[0])));
}
NATIVE(obj_instance_of) {
  UNUSED_ARGS;
  if (!is_class_value(argv[0])) vm.raise(vm.eTypeError, "class or module required");
  return Value::boolean(real_class(vm.class_of(self)) == as_class(argv[0]));
}
NATIVE(obj_respond_to) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  bool priv = argc > 1 && argv[1].truthy();
  SymId mid = to_method_name(vm, argv[0]);
  Frame* caller = vm.current();
  if (caller != nullptr && cref_refined(caller->cref)) {   // CRuby 3.1 sees them here
    MethodEntry* me = find_method_in_scope(vm, caller->cref, vm.class_of(self), mid);
    if (me != nullptr) return Value::boolean(priv || me->vis == Visibility::kPublic);
  }
  return Value::boolean(vm.respond_to(self, mid, priv));
}
NATIVE(obj_respond_to_missing) {
  UNUSED_ARGS;
  return Value::f();
}
NATIVE(obj_eqq) {
  UNUSED_ARGS;
  return Value::boolean(vm.equal(self, argv[0]));
}
NATIVE(obj_cmp) {
  UNUSED_ARGS;
  return self == argv[0] || vm.equal(self, argv[0]) ? Value::fixnum(0) : Value::nil();
}
NATIVE(obj_match) {
  UNUSED_ARGS;
  return Value::nil();
}
NATIVE(obj_nmatch) {
  UNUSED_ARGS;
  return Value::boolean(!vm.call(self, sym::match, 1, argv).truthy());
}
NATIVE(obj_hash) {
  UNUSED_ARGS;
  uint64_t x = self.bits() * 0x9E3779B97F4A7C15ULL;
  return Value::fixnum(static_cast<int64_t>(x >> 2));
}
NATIVE(obj_ivar_get) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  const std::string& n = sym_name(name);
  if (n.size() < 2 || n[0] != '@' || n[1] == '@')
    vm.raise(vm.eNameError, "`" + n + "' is not allowed as an instance variable name");
  return vm.ivar_get(self, name);
}
NATIVE(obj_ivar_set) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  const std::string& n = sym_name(name);
  if (n.size() < 2 || n[0] != '@' || n[1] == '@')
    vm.raise(vm.eNameError, "`" + n + "' is not allowed as an instance variable name");
  vm.ivar_set(self, name, argv[1]);
  return argv[1];
}
NATIVE(obj_ivar_defined) {
  UNUSED_ARGS;
  return Value::boolean(vm.ivar_defined(self, to_method_name(vm, argv[0])));
}
NATIVE(obj_ivars) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  for (SymId s : vm.ivar_names(self)) ary_push(vm, a, Value::symbol(s));
  return a;
}
NATIVE(obj_remove_ivar) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  if (!vm.ivar_defined(self, name))
    vm.raise(vm.eNameError, "instance variable " + sym_name(name) + " not defined");
  Value v = vm.ivar_get(self, name);
  vm.check_frozen(self);
  if (self.heap()->type == HeapType::kObject) {
    auto* o = self.as<RObject>();
    o->ivs[iv_slot(real_class(o->basic.klass), name)] = Value::undef();
  } else if (self.heap()->type == HeapType::kClass) {
    ClassExt* ext = self.as<RClass>()->ext;
    ext->ivars.erase(name);
    ext->ivar_order.erase(std::find(ext->ivar_order.begin(), ext->ivar_order.end(), name));
  } else {
    vm.generic_ivars[self.heap()].erase(name);
  }
  return v;
}

// Copies ivars (and for core types, contents) from src into a fresh object.
Value copy_object(Vm& vm, Value self, bool keep_frozen, bool keep_singleton) {
  if (!self.is_heap()) return self;
  RBasic* o = self.heap();
  RClass* klass = real_class(o->klass);
  Value copy;
  switch (o->type) {
    case HeapType::kString:
      copy = str_dup(vm, self);
      break;
    case HeapType::kArray:
      copy = ary_dup(vm, self);
      copy.heap()->klass = klass;
      break;
    case HeapType::kHash:
      copy = hash_dup(vm, self);
      copy.heap()->klass = klass;
      break;
    case HeapType::kObject: {
      auto* n = vm.heap.make<RObject>(HeapType::kObject, klass);
      n->ivs = n->inline_ivs;
      n->ivcap = RObject::kInline;
      copy = Value::object(n);
      break;
    }
    case HeapType::kRange:
      copy = range_new(vm, self.as<RRange>()->begin, self.as<RRange>()->end,
                       o->flags & kFlagExcl);
      copy.heap()->flags &= ~kFlagFrozen;   // dup of a literal is not frozen; clone re-freezes
      break;
    case HeapType::kProc: {
      auto* p = vm.heap.make<RProc>(HeapType::kProc, klass);
      *p = *self.as<RProc>();
      p->basic.gc_mark = 0;
      p->basic.oop = 0;
      copy = Value::object(p);
      break;
    }
    case HeapType::kClass: {
      RClass* src = self.as<RClass>();
      RClass* c = src->kind == ClassKind::kModule ? module_new(vm, nullptr, nullptr)
                                                  : class_new(vm, src->super, nullptr, nullptr);
      for (auto& [name, me] : *src->origin->m_tbl) {
        MethodEntry e = *me;
        e.owner = nullptr;
        define_method_entry(vm, c, name, e);
      }
      for (SymId n : src->ext->const_order) {
        auto it = src->ext->consts.find(n);
        if (it != src->ext->consts.end()) vm.const_set(c, n, it->second.value);
      }
      copy = Value::object(c);
      break;
    }
    default:
      vm.raise(vm.eTypeError, "can't dup " + vm.class_name_of(self));
  }
  copy.heap()->flags |= o->flags & (kFlagIdentity | kFlagExcl | kFlagLambda | kFlagEncoding);
  if (o->type != HeapType::kClass)
    for (SymId s : vm.ivar_names(self)) vm.ivar_set(copy, s, vm.ivar_get(self, s));
  if (keep_singleton) {
    if (RClass* s = existing_singleton(vm, self)) {
      RClass* ns = singleton_class(vm, copy);
      for (auto& [name, me] : *s->m_tbl) {
        MethodEntry e = *me;
        e.owner = nullptr;
        define_method_entry(vm, ns, name, e);
      }
      for (RClass* c = s->super; c && c->kind == ClassKind::kIClass; c = c->super)
        include_module(vm, ns, c->module);
    }
  }
  Value orig = self;
  vm.call(copy, sym::initialize_copy, 1, &orig);
  if (keep_frozen && o->frozen()) copy.heap()->flags |= kFlagFrozen;
  return copy;
}

NATIVE(obj_dup) {
  UNUSED_ARGS;
  if (!self.is_heap() || self.heap()->type == HeapType::kFloat ||
      self.heap()->type == HeapType::kBignum || self.heap()->type == HeapType::kMethod)
    return self;
  return copy_object(vm, self, false, false);
}
// clone(freeze: nil): freeze nil keeps the frozen state, true freezes the copy, false
// does not; immediates, Floats and Bignums are their own clone and cannot be unfrozen.
NATIVE(obj_clone) {
  UNUSED_ARGS;
  Value f = Value::nil();
  if (argc == 1 && is_hash(argv[0])) {
    f = hash_lookup(vm, argv[0], sym_value("freeze"));
    if (f.is_undef()) f = Value::nil();
    if (!f.is_nil() && !f.is_true() && !f.is_false())
      vm.raise(vm.eArgumentError, "unexpected value for freeze: " + vm.class_name_of(f));
  }
  if (!self.is_heap() || self.heap()->type == HeapType::kFloat ||
      self.heap()->type == HeapType::kBignum) {
    if (f.is_false()) vm.raise(vm.eArgumentError, "can't unfreeze " + vm.class_name_of(self));
    return self;
  }
  Value copy = copy_object(vm, self, !f.is_false(), true);
  if (f.is_true() && copy.is_heap()) copy.heap()->flags |= kFlagFrozen;
  return copy;
}
NATIVE(obj_initialize_copy) {
  UNUSED_ARGS;
  if (self == argv[0]) return self;
  if (self.is_heap() && self.heap()->frozen()) vm.raise_frozen(self);
  return self;
}
NATIVE(obj_extend) {
  UNUSED_ARGS;
  if (argc == 0) vm.raise(vm.eArgumentError, "wrong number of arguments (given 0, expected 1+)");
  for (int i = argc; i-- > 0;) {
    if (!is_class_value(argv[i]) || as_class(argv[i])->kind != ClassKind::kModule)
      vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(argv[i]) +
                                  " (expected Module)");
    include_module(vm, singleton_class(vm, self), as_class(argv[i]));
    vm.call(argv[i], sym::extended, 1, &self);
  }
  return self;
}
NATIVE(obj_singleton_methods) {
  UNUSED_ARGS;
  Value a = ary_new(vm);
  bool all = argc == 0 || argv[0].truthy();
  std::vector<SymId> seen;
  auto add = [&](RClass* c) {
    for (auto& [name, me] : *c->m_tbl) {
      bool dup = false;
      for (SymId s : seen) dup = dup || s == name;
      if (dup) continue;
      seen.push_back(name);
      if (me->kind != MethodEntry::Kind::kUndefined && me->vis != Visibility::kPrivate)
        ary_push(vm, a, Value::symbol(name));
    }
  };
  if (RClass* s = existing_singleton(vm, self)) {
    // The singleton's own methods; with all, also extended modules and, for classes,
    // the superclasses' singleton methods.
    for (RClass* c = s; c != nullptr; c = c->super) {
      if (c == s) add(c);
      else if (!all) break;
      else if (c->kind == ClassKind::kIClass) add(c);
      else if (c->kind == ClassKind::kSingleton && !(c->attached.is_heap() &&
               (c->attached.as<RClass>() == vm.cObject || c->attached.as<RClass>() == vm.cBasicObject)))
        add(c);
      else break;
    }
  }
  return a;
}
NATIVE(obj_define_singleton_method) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  Value body = argc > 1 ? argv[1] : block;
  RClass* s = singleton_class(vm, self);
  MethodEntry e;
  if (is_proc(body)) {
    e.kind = MethodEntry::Kind::kProc;
    e.proc = body.as<RProc>();
  } else if (body.is_heap() && body.heap()->type == HeapType::kMethod) {
    e = *body.as<RMethod>()->entry;
    e.owner = nullptr;
  } else {
    vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
  }
  define_method_entry(vm, s, name, e);
  method_hook(vm, s, "method_added", name);
  return Value::symbol(name);
}
NATIVE(obj_display) {
  UNUSED_ARGS;
  write_stdout(vm, vm.to_s(self));
  return Value::nil();
}
NATIVE(obj_itself) {
  UNUSED_ARGS;
  return self;
}
NATIVE(obj_then) {
  UNUSED_ARGS;
  RETURN_ENUM("then");
  return vm.yield1(block, self);
}
NATIVE(obj_tap) {
  UNUSED_ARGS;
  vm.yield1(block, self);
  return self;
}
NATIVE(obj_enum_for) {
  UNUSED_ARGS;
  SymId meth = argc > 0 ? to_method_name(vm, argv[0]) : intern("each");
  bool kw = vm.kw_passed && argc > 1 && is_hash(argv[argc - 1]);
  Value e = make_enumerator(vm, self, meth, argc > 0 ? argc - 1 : 0, argv + (argc > 0 ? 1 : 0));
  if (kw) vm.ivar_set(e, intern("__kw"), Value::t());   // the last argument is keywords
  if (!block.is_nil()) vm.ivar_set(e, intern("@size_fn"), block);
  return e;
}

void init_object(Vm& vm) {
  RClass* b = vm.cBasicObject;
  define_native(vm, b, "==", obj_equal, 1);
  define_native(vm, b, "equal?", obj_equal, 1);
  define_native(vm, b, "!", obj_not, 0);
  define_native(vm, b, "!=", obj_neq, 1);
  define_native(vm, b, "instance_eval", obj_instance_eval, -1);
  define_native(vm, b, "instance_exec", obj_instance_exec, -1);
  define_native(vm, b, "__send__", obj_send, -1);
  define_native(vm, b, "__id__", obj_id, 0);
  define_native(vm, b, "initialize", obj_initialize, -1, Visibility::kPrivate);
  define_native(vm, b, "method_missing", obj_method_missing, -1, Visibility::kPrivate);
  for (const char* hook : {"singleton_method_added", "singleton_method_removed",
                           "singleton_method_undefined"})
    define_native(vm, b, hook, obj_singleton_method_hook, 1, Visibility::kPrivate);
  RClass* k = vm.mKernel;
  // Implicit conversions with CRuby's messages, for prelude code (private).
  define_native(vm, k, "__to_int", conv_to_int, 1, Visibility::kPrivate);
  define_native(vm, k, "__num2long", conv_num2long, 1, Visibility::kPrivate);
  define_native(vm, k, "__to_ary", conv_to_ary, 1, Visibility::kPrivate);
  define_native(vm, k, "__to_str", conv_to_str, 1, Visibility::kPrivate);
  define_native(vm, k, "__to_hash", conv_to_hash, 1, Visibility::kPrivate);
  define_native(vm, k, "send", obj_send, -1);
  define_native(vm, k, "public_send", obj_public_send, -1);
  define_native(vm, k, "object_id", obj_id, 0);
  define_native(vm, k, "class", obj_class, 0);
  define_native(vm, k, "singleton_class", obj_singleton_class, 0);
  define_native(vm, k, "frozen?", obj_frozen_p, 0);
  define_native(vm, k, "freeze", obj_freeze, 0);
  define_native(vm, k, "inspect", obj_inspect, 0);
  define_native(vm, k, "to_s", obj_to_s, 0);
  define_native(vm, k, "is_a?", obj_is_a, 1);
  define_native(vm, k, "kind_of?", obj_is_a, 1);
  define_native(vm, k, "instance_of?", obj_instance_of, 1);
  define_native(vm, k, "respond_to?", obj_respond_to, -1);
  define_native(vm, k, "respond_to_missing?", obj_respond_to_missing, 2, Visibility::kPrivate);
  define_native(vm, k, "===", obj_eqq, 1);
  define_native(vm, k, "=~", obj_match, 1);
  define_native(vm, k, "<=>", obj_cmp, 1);
  define_native(vm, k, "!~", obj_nmatch, 1);
  define_native(vm, k, "eql?", obj_equal, 1);
  define_native(vm, k, "hash", obj_hash, 0);
  define_native(vm, k, "instance_variable_get", obj_ivar_get, 1);
  define_native(vm, k, "instance_variable_set", obj_ivar_set, 2);
  define_native(vm, k, "instance_variable_defined?", obj_ivar_defined, 1);
  define_native(vm, k, "instance_variables", obj_ivars, 0);
  define_native(vm, k, "remove_instance_variable", obj_remove_ivar, 1);
  define_native(vm, k, "dup", obj_dup, 0);
  define_native(vm, k, "clone", obj_clone, -1);
  define_native(vm, k, "initialize_copy", obj_initialize_copy, 1, Visibility::kPrivate);
  define_native(vm, k, "initialize_dup", obj_initialize_copy, 1, Visibility::kPrivate);
  define_native(vm, k, "initialize_clone", obj_initialize_copy, -1, Visibility::kPrivate);
  define_native(vm, k, "extend", obj_extend, -1);
  define_native(vm, k, "singleton_methods", obj_singleton_methods, -1);
  define_native(vm, k, "define_singleton_method", obj_define_singleton_method, -1);
  define_native(vm, k, "display", obj_display, 0);
  define_native(vm, k, "itself", obj_itself, 0);
  define_native(vm, k, "then", obj_then, 0);
  define_native(vm, k, "yield_self", obj_then, 0);
  define_native(vm, k, "tap", obj_tap, 0);
  define_native(vm, k, "to_enum", obj_enum_for, -1);
  define_native(vm, k, "enum_for", obj_enum_for, -1);
}

}  // namespace maglev::vm
