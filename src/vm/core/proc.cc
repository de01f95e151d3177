// Proc, Method and UnboundMethod: calling, arity, lambda?, curry, to_proc,
// bind/unbind, owner/receiver/name, and Kernel#method / #methods.
#include "vm/core/core.h"
#include "vm/interp/interp.h"
#include "vm/interp/refinement.h"
#include "vm/snapshot/prelude_image.h"

namespace maglev::vm {

static RProc* P(Value v) { return v.as<RProc>(); }

NATIVE(proc_s_new) {
  UNUSED_ARGS;
  if (!is_proc(block)) vm.raise(vm.eArgumentError, "tried to create Proc object without a block");
  return block;
}
NATIVE(proc_call) {
  UNUSED_ARGS;
  RProc* p = P(self);
  return vm.call_proc(p, p->self, argc, argv, block, vm.kw_passed);
}
// CRuby's rb_iseq_min_max_arity and rb_proc_arity: lambdas and methods report
// min when min == max, else -min-1; procs report min unless a rest makes max unlimited.
static int params_arity(const ParamInfo& p, bool lambda, bool has_params) {
  (void)has_params;
  bool req_kw = false;
  for (bool r : p.kw_required) req_kw = req_kw || r;
  bool has_kw = !p.kw_names.empty();
  int min = p.lead + p.post + (req_kw ? 1 : 0);
  bool unlimited = p.rest;
  int max = p.lead + p.opt + p.post + ((has_kw || p.kwrest) ? 1 : 0);
  if (lambda) return !unlimited && min == max ? min : -min - 1;
  return !unlimited ? min : -min - 1;
}
static int method_arity(MethodEntry* me);
int proc_arity(RProc* p) {
  if (p->code == nullptr) {
    if (p->native.is_symbol()) return -2;
    if (p->native.is_heap() && p->native.heap()->type == HeapType::kMethod)
      return method_arity(p->native.as<RMethod>()->entry);
    return -1;
  }
  const Code* c = p->code->code;
  bool lambda = p->basic.flags & kFlagLambda;
  return params_arity(c->params, lambda, c->has_params);
}
NATIVE(proc_arity) { UNUSED_ARGS; return Value::fixnum(proc_arity(P(self))); }
NATIVE(proc_lambda_p) { UNUSED_ARGS; return Value::boolean(self.heap()->flags & kFlagLambda); }
NATIVE(proc_to_proc) { UNUSED_ARGS; return self; }
NATIVE(proc_inspect) {
  UNUSED_ARGS;
  char buf[64];
  std::snprintf(buf, sizeof buf, "#<Proc:0x%016lx", static_cast<unsigned long>(self.bits()));
  std::string s = buf;
  RProc* p = P(self);
  if (p->code) s += " " + p->code->code->file + ":" + std::to_string(p->code->code->first_line);
  if (p->native.is_symbol()) s += "(&:" + sym_name(p->native.symbol_id()) + ")";
  if (self.heap()->flags & kFlagLambda) s += " (lambda)";
  return str_new(vm, s + ">");
}
NATIVE(proc_curry) {
  UNUSED_ARGS;
  int own = proc_arity(P(self));
  int arity = argc > 0 ? static_cast<int>(to_long(vm, argv[0])) : own;
  if (argc > 0 && (self.heap()->flags & kFlagLambda)) {
    if (own >= 0 && arity != own) vm.raise_arity(arity, own, own);
    if (own < 0 && arity < -own - 1) vm.raise_arity(arity, -own - 1, -1);
  }
  if (arity < 0) arity = -arity - 1;
  return vm.call(vm.main_obj, intern("__make_curry"), {self, Value::fixnum(arity), ary_new(vm)});
}
static Value code_parameters(Vm& vm, const Code* c, bool lambda);
NATIVE(proc_parameters) {
  UNUSED_ARGS;
  RProc* p = P(self);
  if (!p->code) return ary_new(vm);
  bool lambda = self.heap()->flags & kFlagLambda;
  check_args(vm, argc, 0, 0);   // (parameters(lambda:) is 3.2's)
  return code_parameters(vm, p->code->code, lambda);
}
// [[:req, :x], [:opt, :y], ...] for one scope's parameter list, as CRuby 3.1 names
// the nameless ones: [:rest] for `*`, [:keyrest] for `**`, [:block, :&] for `&`, [:req]
// for a destructuring `(a, b)`, [:nokey] for `**nil`, and `...` as `*, **, &`.
static Value code_parameters(Vm& vm, const Code* c, bool lambda) {
  Value out = ary_new(vm);
  size_t ci = 0;
  auto add = [&](const char* kind, size_t i) {
    const std::string& n = sym_name(c->local_names[c->params.slots[i]]);
    if (n.empty() && !lambda && kind[0] == 'o')   // a proc's (a, b) parameter: [:opt, nil]
      ary_push(vm, out, ary_of(vm, {sym_value(kind), Value::nil()}));
    else if (n.empty() || n == "*" || n == "**")
      ary_push(vm, out, ary_of(vm, {sym_value(kind)}));
    else
      ary_push(vm, out, ary_of(vm, {sym_value(kind), sym_value(n.c_str())}));
  };
  const char* req = lambda ? "req" : "opt";
  for (int i = 0; i < c->params.lead; ++i, ++ci) add(req, ci);
  for (int i = 0; i < c->params.opt; ++i, ++ci) add("opt", ci);
  if (c->params.forward) {
    ary_push(vm, out, ary_of(vm, {sym_value("rest"), sym_value("*")}));
    ary_push(vm, out, ary_of(vm, {sym_value("keyrest"), sym_value("**")}));
    ary_push(vm, out, ary_of(vm, {sym_value("block"), sym_value("&")}));
    return out;
  }
  if (c->params.rest) add("rest", ci++);
  for (int i = 0; i < c->params.post; ++i, ++ci) add(req, ci);
  for (size_t k = 0; k < c->params.kw_names.size(); ++k, ++ci)
    ary_push(vm, out, ary_of(vm, {sym_value(c->params.kw_required[k] ? "keyreq" : "key"), Value::symbol(c->params.kw_names[k])}));
  if (c->params.no_kw) ary_push(vm, out, ary_of(vm, {sym_value("nokey")}));
  if (c->params.kwrest) add("keyrest", ci++);
  if (c->params.block) add("block", ci++);
  return out;
}

// --- Method / UnboundMethod ------------------------------------------------------

Value method_object(Vm& vm, Value recv, RClass* klass, SymId name, bool unbound) {
  Frame* caller = vm.current();   // its refinements apply (CRuby 3.1)
  MethodEntry* me =
      find_method_in_scope(vm, caller ? caller->cref : Value::nil(), klass, name);
  if (me == nullptr) {
    if (!unbound && vm.respond_to(recv, name, true)) {
      // respond_to_missing?: a method that forwards to method_missing
      MethodEntry* mm = find_method(klass, sym::method_missing);
      auto* m = vm.heap.make<RMethod>(HeapType::kMethod, vm.cMethod);
      m->receiver = recv;
      m->entry = new MethodEntry(*mm);
      m->entry->name = name;
      m->owner = klass;
      m->name = name;
      vm.ivar_set(Value::object(m), intern("__missing"), Value::t());
      return Value::object(m);
    }
    // CRuby 3.1 names the class (a singleton's "#<Class:Object>"), for method too.
    std::string desc = "`" + sym_name(name) + "' for " + (klass->kind == ClassKind::kModule ? "module" : "class") + " `" + class_path(vm, klass) + "'";
    Value e = vm.make_exception(vm.eNameError, "undefined method " + desc);
    vm.ivar_set(e, intern("@name"), Value::symbol(name));
    vm.raise(e);
  }
  auto* m = vm.heap.make<RMethod>(HeapType::kMethod, unbound ? vm.cUnboundMethod : vm.cMethod);
  m->receiver = unbound ? Value::undef() : recv;
  m->entry = me;
  m->owner = me->owner;
  m->name = name;
  if (unbound) {
    m->basic.flags |= kFlagUnbound;
    vm.ivar_set(Value::object(m), intern("__klass"), Value::object(klass));   // for inspect
  }
  return Value::object(m);
}
static RMethod* M(Value v) { return v.as<RMethod>(); }
NATIVE(k_method) { UNUSED_ARGS; return method_object(vm, self, vm.class_of(self), to_method_name(vm, argv[0]), false); }
// NameError unless klass's method name (when found) is public: public_method and
// public_instance_method; recv is the error's receiver.
static void check_public(Vm& vm, RClass* klass, SymId name, Value recv) {
  Frame* caller = vm.current();
  MethodEntry* me = find_method_in_scope(vm, caller ? caller->cref : Value::nil(), klass, name);
  if (me == nullptr || me->vis == Visibility::kPublic) return;
  Value e = vm.make_exception(vm.eNameError, "method `" + sym_name(name) + "' for class `" +
                                                 class_path(vm, real_class(klass)) + "' is " +
                                                 (me->vis == Visibility::kProtected ? "protected" : "private"));
  vm.ivar_set(e, intern("@name"), Value::symbol(name));
  vm.ivar_set(e, intern("@receiver"), recv);
  vm.raise(e);
}
NATIVE(k_public_method) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  check_public(vm, vm.class_of(self), name, self);
  return method_object(vm, self, vm.class_of(self), name, false);
}
NATIVE(mod_public_instance_method) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  check_public(vm, self.as<RClass>(), name, self);
  return method_object(vm, Value::undef(), self.as<RClass>(), name, true);
}
NATIVE(k_singleton_method) {
  UNUSED_ARGS;
  SymId name = to_method_name(vm, argv[0]);
  RClass* s = existing_singleton(vm, self);
  bool found = false;
  if (s != nullptr && s->m_tbl != nullptr) {
    auto it = s->m_tbl->find(name);
    found = it != s->m_tbl->end() && it->second != nullptr &&
            it->second->kind != MethodEntry::Kind::kUndefined;
  }
  if (!found) {
    Value e = vm.make_exception(vm.eNameError, "undefined singleton method `" + sym_name(name) +
                                                   "' for `" + vm.inspect(self) + "'");
    vm.ivar_set(e, intern("@name"), Value::symbol(name));
    vm.ivar_set(e, intern("@receiver"), self);
    vm.raise(e);
  }
  return method_object(vm, self, s, name, false);
}
// Kernel#methods / #public_methods. With `false`, methods lists only singleton
// methods and public_methods stops after the object's class.
static Value methods_list(Vm& vm, Value self, int argc, const Value* argv, bool public_only) {
  bool all = argc == 0 || argv[0].truthy();
  Value a = ary_new(vm);
  std::vector<SymId> seen;
  for (RClass* c = vm.class_of(self); c; c = c->super) {
    bool real = c->kind == ClassKind::kClass;
    if (!all && !public_only && real) break;
    if (c->m_tbl != nullptr)
      for (auto& [n, me] : *c->m_tbl) {
        bool dup = false;
        for (SymId s : seen) dup = dup || s == n;
        if (dup) continue;
        seen.push_back(n);
        if (me->kind == MethodEntry::Kind::kUndefined || me->vis == Visibility::kPrivate) continue;
        if (public_only && me->vis != Visibility::kPublic) continue;
        ary_push(vm, a, Value::symbol(n));
      }
    if (!all && real) break;
  }
  return a;
}
NATIVE(k_methods) { UNUSED_ARGS; return methods_list(vm, self, argc, argv, false); }
NATIVE(k_public_methods) { UNUSED_ARGS; return methods_list(vm, self, argc, argv, true); }
NATIVE(meth_call) {
  UNUSED_ARGS;
  RMethod* m = M(self);
  if (vm.ivar_get(self, intern("__missing")).truthy()) {
    std::vector<Value> args{Value::symbol(m->name)};
    args.insert(args.end(), argv, argv + argc);
    return vm.call_entry(m->entry, m->receiver, static_cast<int>(args.size()), args.data(), block);
  }
  return vm.call_entry(m->entry, m->receiver, argc, argv, block, vm.kw_passed);
}
NATIVE(meth_to_proc) {
  UNUSED_ARGS;
  auto* p = vm.heap.make<RProc>(HeapType::kProc, vm.cProc);
  p->native = self;
  p->self = M(self)->receiver;
  p->block = Value::nil();
  p->cref = Value::nil();
  p->basic.flags |= kFlagLambda | kFlagFromMethod;
  return Value::object(p);
}
static int method_arity(MethodEntry* me) {
  switch (me->kind) {
    case MethodEntry::Kind::kNative: return me->arity >= 0 ? me->arity : -1;
    case MethodEntry::Kind::kAttrReader: return 0;
    case MethodEntry::Kind::kAttrWriter: return 1;
    case MethodEntry::Kind::kProc: {
      RProc tmp = *me->proc;
      tmp.basic.flags |= kFlagLambda;
      return proc_arity(&tmp);
    }
    case MethodEntry::Kind::kBytecode:
      snapshot::ensure_decoded(the_vm(), me->code);
      return params_arity(me->code->code->params, true, true);
    default: return -1;
  }
}
NATIVE(meth_arity) { UNUSED_ARGS; return Value::fixnum(method_arity(M(self)->entry)); }
NATIVE(meth_parameters) {
  UNUSED_ARGS;
  MethodEntry* me = M(self)->entry;
  switch (me->kind) {
    case MethodEntry::Kind::kBytecode:
      snapshot::ensure_decoded(vm, me->code);
      return code_parameters(vm, me->code->code, true);
    case MethodEntry::Kind::kProc:
      return me->proc->code ? code_parameters(vm, me->proc->code->code, true) : ary_new(vm);
    case MethodEntry::Kind::kAttrWriter: return ary_of(vm, {ary_of(vm, {sym_value("req")})});
    case MethodEntry::Kind::kNative: {
      Value out = ary_new(vm);
      if (me->arity < 0) {
        ary_push(vm, out, ary_of(vm, {sym_value("rest")}));
      } else {
        for (int i = 0; i < me->arity; ++i) ary_push(vm, out, ary_of(vm, {sym_value("req")}));
      }
      return out;
    }
    default: return ary_new(vm);
  }
}
NATIVE(meth_original_name) {
  UNUSED_ARGS;
  SymId o = M(self)->entry->original_name;
  return Value::symbol(o != 0 ? o : M(self)->name);
}
NATIVE(meth_super_method) {
  UNUSED_ARGS;
  RMethod* m = M(self);
  bool unbound = self.heap()->flags & kFlagUnbound;
  RClass* klass = unbound ? m->owner : vm.class_of(m->receiver);
  SymId name = m->entry->original_name != 0 ? m->entry->original_name : m->name;
  MethodEntry* me = find_super_method(klass, m->owner, name);
  if (me == nullptr) return Value::nil();
  auto* sm = vm.heap.make<RMethod>(HeapType::kMethod, unbound ? vm.cUnboundMethod : vm.cMethod);
  sm->receiver = m->receiver;
  sm->entry = me;
  sm->owner = me->owner;
  sm->name = m->name;
  if (unbound) sm->basic.flags |= kFlagUnbound;
  return Value::object(sm);
}
NATIVE(meth_name) { UNUSED_ARGS; return Value::symbol(M(self)->name); }
NATIVE(meth_owner) { UNUSED_ARGS; return Value::object(M(self)->owner); }
NATIVE(meth_receiver) { UNUSED_ARGS; return M(self)->receiver; }
NATIVE(meth_unbind) {
  UNUSED_ARGS;
  auto* m = vm.heap.make<RMethod>(HeapType::kMethod, vm.cUnboundMethod);
  *m = *M(self);
  m->basic.klass = vm.cUnboundMethod;
  m->basic.gc_mark = 0;
  m->receiver = Value::undef();
  m->basic.flags |= kFlagUnbound;
  vm.ivar_set(Value::object(m), intern("__klass"), Value::object(vm.class_of(M(self)->receiver)));
  return Value::object(m);
}
NATIVE(meth_bind) {
  UNUSED_ARGS;
  RClass* owner = M(self)->owner;
  if (owner->kind != ClassKind::kModule && !vm.is_a(argv[0], owner))
    vm.raise(vm.eTypeError, "bind argument must be an instance of " + class_path(vm, owner));
  auto* m = vm.heap.make<RMethod>(HeapType::kMethod, vm.cMethod);
  *m = *M(self);
  m->basic.klass = vm.cMethod;
  m->basic.gc_mark = 0;
  m->basic.flags &= static_cast<uint16_t>(~kFlagUnbound);
  m->receiver = argv[0];
  return Value::object(m);
}
NATIVE(meth_bind_call) {
  UNUSED_ARGS;
  Value bound = meth_bind(vm, self, 1, argv, Value::nil());
  return vm.call_entry(M(bound)->entry, argv[0], argc - 1, argv + 1, block);
}
// The parameter list of Method#inspect (CRuby 3.1's method_inspect): "a, b=..., *r,
// k:, o: ..., **kw, &blk" for Ruby code; "_" and "*" from the arity for a native or
// prelude method, as CRuby shows its C methods.
static std::string inspect_params(Vm& vm, MethodEntry* me, bool* ruby_code) {
  const Code* code = nullptr;
  if (me->kind == MethodEntry::Kind::kBytecode) {
    snapshot::ensure_decoded(vm, me->code);
    code = me->code->code;
  } else if (me->kind == MethodEntry::Kind::kProc && me->proc->code) {
    code = me->proc->code->code;
  }
  *ruby_code = code && code->file.rfind("<internal:", 0) != 0;
  std::string out;
  if (!*ruby_code) {
    int arity = method_arity(me);
    int req = arity < 0 ? -arity - 1 : arity;
    for (int i = 0; i < req; ++i) out += i ? ", _" : "_";
    if (arity < 0) out += req ? ", *" : "*";
    return out;
  }
  Value params = code_parameters(vm, code, true);
  bool forwarding = false;
  int64_t n = ary_len(params);
  auto anonymous = [&](int64_t i, const char* kind) {
    Value pr = ary_at(params, i);
    return sym_name(ary_at(pr, 0).symbol_id()) == kind && (ary_len(pr) < 2 || ary_at(pr, 1).is_nil());
  };
  // (...) compiles to an anonymous *, ** and &: CRuby shows it as "..."
  bool dots = n >= 3 && anonymous(n - 3, "rest") && anonymous(n - 2, "keyrest") && anonymous(n - 1, "block");
  if (dots) n -= 3;
  for (int64_t i = 0; i < n; ++i) {
    Value pr = ary_at(params, i);
    std::string kind = sym_name(ary_at(pr, 0).symbol_id());
    Value nv = ary_len(pr) > 1 ? ary_at(pr, 1) : Value::nil();
    std::string name = nv.is_nil() ? "" : sym_name(nv.symbol_id());
    std::string piece;
    if (kind == "req") piece = name.empty() ? "_" : name;
    else if (kind == "opt") piece = (name.empty() ? "_" : name) + "=...";
    else if (kind == "keyreq") piece = name + ":";
    else if (kind == "key") piece = name + ": ...";
    else if (kind == "rest") { forwarding = name == "*" || name == "..."; piece = forwarding ? "..." : "*" + name; }
    else if (kind == "keyrest") piece = name == "**" ? "" : "**" + name;
    else if (kind == "nokey") piece = "**nil";
    else if (kind == "block") piece = name == "&" ? (forwarding ? "" : "...") : "&" + name;
    if (piece.empty()) continue;
    out += (out.empty() ? "" : ", ") + piece;
  }
  if (dots) out += out.empty() ? "..." : ", ...";
  return out;
}
NATIVE(meth_inspect) {
  UNUSED_ARGS;
  RMethod* m = M(self);
  bool unbound = self.heap()->flags & kFlagUnbound;
  RClass* owner = m->owner;
  std::string s = std::string("#<") + (unbound ? "UnboundMethod" : "Method") + ": ";
  std::string sharp = "#";
  if (owner->kind == ClassKind::kSingleton) {
    if (unbound) s += vm.inspect(Value::object(owner));
    else if (m->receiver == owner->attached) s += vm.inspect(owner->attached), sharp = ".";
    else s += vm.inspect(m->receiver) + "(" + vm.inspect(owner->attached) + ")", sharp = ".";
  } else {
    // the class the method was taken from: the receiver's, or instance_method's / unbind's
    Value from = vm.ivar_get(self, intern("__klass"));
    RClass* mk = unbound ? (from.is_nil() ? owner : from.as<RClass>()) : vm.class_of(m->receiver);
    while (mk->kind == ClassKind::kSingleton || mk->kind == ClassKind::kIClass) mk = mk->super;
    std::string own = is_refinement(owner) ? refinement_to_s(vm, owner) : class_path(vm, owner);
    s += class_path(vm, mk);
    if (mk != owner) s += "(" + own + ")";
  }
  bool ruby_code = false;
  s += sharp + sym_name(m->name) + "(" + inspect_params(vm, m->entry, &ruby_code) + ")";
  if (ruby_code && m->entry->kind == MethodEntry::Kind::kBytecode)
    s += " " + m->entry->code->code->file + ":" + std::to_string(m->entry->code->code->first_line);
  return str_new(vm, s + ">");
}
NATIVE(meth_eq) {
  UNUSED_ARGS;
  Value o = argv[0];
  if (!o.is_heap() || o.heap()->type != HeapType::kMethod) return Value::f();
  return Value::boolean(M(self)->entry == M(o)->entry && M(self)->receiver == M(o)->receiver);
}
NATIVE(meth_hash) {
  UNUSED_ARGS;
  uint64_t h = reinterpret_cast<uintptr_t>(M(self)->entry) * 31 + M(self)->receiver.bits();
  return Value::fixnum(static_cast<int64_t>((h * 0x9E3779B97F4A7C15ULL) >> 2));
}
// [file, first line] of compiled code (a method body or a block).
static Value code_location(Vm& vm, RCode* code) {
  return ary_of(vm, {str_new(vm, code->code->file), Value::fixnum(code->code->first_line)});
}
NATIVE(meth_source_location) {
  UNUSED_ARGS;
  MethodEntry* me = M(self)->entry;
  if (me->kind == MethodEntry::Kind::kProc)
    return me->proc->code ? code_location(vm, me->proc->code) : Value::nil();
  if (me->kind != MethodEntry::Kind::kBytecode) return Value::nil();
  return code_location(vm, me->code);
}
NATIVE(proc_source_location) {
  UNUSED_ARGS;
  return P(self)->code ? code_location(vm, P(self)->code) : Value::nil();
}

void init_proc(Vm& vm) {
  RClass* c = vm.cProc;
  define_native(vm, singleton_class(vm, Value::object(c)), "new", proc_s_new, -1);
  struct { const char* name; NativeFn fn; int arity; } methods[] = {
      {"call", proc_call, -1}, {"()", proc_call, -1}, {"yield", proc_call, -1},
      {"===", proc_call, -1}, {"[]", proc_call, -1}, {"arity", proc_arity, 0},
      {"lambda?", proc_lambda_p, 0}, {"to_proc", proc_to_proc, 0}, {"inspect", proc_inspect, 0},
      {"to_s", proc_inspect, 0}, {"curry", proc_curry, -1}, {"parameters", proc_parameters, -1},
      {"source_location", proc_source_location, 0}};
  for (auto& m : methods) define_native(vm, c, m.name, m.fn, m.arity);
  define_native(vm, vm.mKernel, "method", k_method, 1);
  define_native(vm, vm.mKernel, "public_method", k_public_method, 1);
  define_native(vm, vm.cModule, "public_instance_method", mod_public_instance_method, 1);
  define_native(vm, vm.mKernel, "singleton_method", k_singleton_method, 1);
  define_native(vm, vm.mKernel, "methods", k_methods, -1);
  define_native(vm, vm.mKernel, "public_methods", k_public_methods, -1);
  for (RClass* mc : {vm.cMethod, vm.cUnboundMethod}) {
    define_native(vm, mc, "arity", meth_arity, 0);
    define_native(vm, mc, "parameters", meth_parameters, 0);
    define_native(vm, mc, "original_name", meth_original_name, 0);
    define_native(vm, mc, "super_method", meth_super_method, 0);
    define_native(vm, mc, "name", meth_name, 0);
    define_native(vm, mc, "owner", meth_owner, 0);
    define_native(vm, mc, "inspect", meth_inspect, 0);
    define_native(vm, mc, "to_s", meth_inspect, 0);
    define_native(vm, mc, "==", meth_eq, 1);
    define_native(vm, mc, "eql?", meth_eq, 1);
    define_native(vm, mc, "hash", meth_hash, 0);
    define_native(vm, mc, "source_location", meth_source_location, 0);
  }
  RClass* m = vm.cMethod;
  define_native(vm, m, "call", meth_call, -1);
  define_native(vm, m, "[]", meth_call, -1);
  define_native(vm, m, "===", meth_call, -1);
  define_native(vm, m, "to_proc", meth_to_proc, 0);
  define_native(vm, m, "receiver", meth_receiver, 0);
  define_native(vm, m, "unbind", meth_unbind, 0);
  define_native(vm, vm.cUnboundMethod, "bind", meth_bind, 1);
  define_native(vm, vm.cUnboundMethod, "bind_call", meth_bind_call, -1);
}

}  // namespace maglev::vm
