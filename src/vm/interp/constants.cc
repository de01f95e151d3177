// Constants: the lexical scope chain (cref: a two-element Array [module, outer cref],
// nil at top level), lexical-then-ancestor lookup, const_missing and autoload, and
// the Vm's constant API.
#include "vm/interp/interp.h"
#include "vm/interp/ops.h"
#include "vm/interp/refinement.h"
#include "vm/object/array.h"
#include "vm/object/string.h"
#include "vm/persist/persist.h"

namespace maglev::vm {

Value cref_push(Vm& vm, Value cref, RClass* klass) {
  // A nested scope keeps the refinements its outer scope activated.
  if (cref_refined(cref)) return ary_of(vm, {Value::object(klass), cref, ary_at(cref, 2)});
  return ary_of(vm, {Value::object(klass), cref});
}

RClass* cref_class(Vm& vm, Value cref) {
  if (cref.is_nil()) return vm.cObject;
  return ary_at(cref, 0).as<RClass>();
}

static Value* lookup_in(Vm& vm, RClass* klass, SymId name) {
  ClassExt* ext = klass->ext;
  auto it = ext->consts.find(name);
  if (it == ext->consts.end()) return nullptr;
  ConstEntry& e = it->second;
  if (e.fault_oop) persist::fault_const(vm, e);
  if (!e.autoload.is_undef() && e.value.is_undef()) {
    Value path = e.autoload;
    e.autoload = Value::undef();
    vm.fcall(vm.main_obj, intern("require"), 1, &path);
    it = ext->consts.find(name);
    if (it == ext->consts.end() || it->second.value.is_undef()) return nullptr;
    return &it->second.value;
  }
  return &e.value;
}

Value* Vm::const_lookup(RClass* klass, SymId name, bool inherit) {
  for (RClass* c = klass; c != nullptr; c = c->super) {
    RClass* owner = c->kind == ClassKind::kIClass ? c->module : c;
    if (Value* v = lookup_in(*this, owner, name)) return v;
    if (!inherit) break;
  }
  // Modules also see Object's constants (as CRuby does for `Mod::String`).
  if (inherit && klass->kind == ClassKind::kModule)
    if (Value* v = lookup_in(*this, cObject, name)) return v;
  return nullptr;
}

static Value const_missing(Vm& vm, RClass* klass, SymId name) {
  Value sym = Value::symbol(name);
  return vm.call(Value::object(klass), sym::const_missing, 1, &sym);
}

Value Vm::const_get(RClass* klass, SymId name, bool inherit) {
  if (Value* v = const_lookup(klass, name, inherit)) return *v;
  return const_missing(*this, klass, name);
}

bool Vm::const_defined(RClass* klass, SymId name, bool inherit) {
  for (RClass* c = klass; c != nullptr; c = c->super) {
    RClass* owner = c->kind == ClassKind::kIClass ? c->module : c;
    if (owner->ext->consts.count(name)) return true;
    if (!inherit) return false;
  }
  return inherit && klass->kind == ClassKind::kModule && cObject->ext->consts.count(name);
}

void Vm::const_set(RClass* klass, SymId name, Value v) {
  ClassExt* ext = klass->ext;
  auto it = ext->consts.find(name);
  if (it == ext->consts.end()) {
    ext->consts.emplace(name, ConstEntry{v, false, false, Value::undef()});
    ext->const_order.push_back(name);
  } else {
    if (booted && (!it->second.value.is_undef() || it->second.fault_oop) && warning_level > 0 &&
        it->second.autoload.is_undef()) {
      std::fprintf(stderr, "%s:%d: warning: already initialized constant %s\n",
                   current_file().c_str(), current_line(),
                   (klass == cObject ? sym_name(name)
                                     : class_path(*this, klass) + "::" + sym_name(name)).c_str());
    }
    it->second.value = v;
    it->second.fault_oop = 0;
  }
  if (booted) {
    ConstEntry& ce = ext->consts[name];
    ce.file = intern(current_file());
    ce.line = current_line();
  }
  if (persistent_mode) persist::note_const(*this, klass, name, v);
  // Name anonymous classes/modules on first assignment to a constant.
  if (v.is_heap() && v.heap()->type == HeapType::kClass) {
    RClass* c = v.as<RClass>();
    if (c->ext->name.is_nil() && c->kind != ClassKind::kSingleton) {
      std::string path = klass == cObject ? sym_name(name)
                                          : class_path(*this, klass) + "::" + sym_name(name);
      c->ext->name = str_new(*this, path);
      c->ext->lexical_parent = klass;
      write_barrier(&c->basic);
    }
  }
  ++const_serial;
}

// The constant `name` seen from the lexical scope `cref`, or null.
static Value* cref_const_find(Vm& vm, Value cref, SymId name) {
  // Lexical scopes first (own tables only, not the top-level Object)...
  for (Value c = cref; !c.is_nil(); c = ary_at(c, 1)) {
    RClass* k = ary_at(c, 0).as<RClass>();
    if (k == vm.cObject) break;
    if (Value* v = lookup_in(vm, k, name)) return v;
  }
  // ...then the ancestors of the innermost scope, then Object.
  if (Value* v = vm.const_lookup(cref_class(vm, cref), name, true)) return v;
  return vm.const_lookup(vm.cObject, name, true);
}

Value cref_const_get(Vm& vm, Value cref, SymId name) {
  if (Value* v = cref_const_find(vm, cref, name)) return *v;
  return const_missing(vm, cref_class(vm, cref), name);
}

ConstCacheLine g_const_cache[kConstCacheLines];

void const_cache_clear() {
  for (ConstCacheLine& l : g_const_cache) l = ConstCacheLine{nullptr, Value::nil(), 0, 0, Value::nil()};
}

static Value const_cache_fill(Vm& vm, const uint32_t* at, Value cref, Value v) {
  g_const_cache[(reinterpret_cast<uintptr_t>(at) >> 2) & (kConstCacheLines - 1)] =
      ConstCacheLine{at, cref, vm.const_serial, vm.heap.collections(), v};
  return v;
}

Value const_get_caching(Vm& vm, Value cref, SymId name, const uint32_t* at) {
  if (Value* v = cref_const_find(vm, cref, name)) return const_cache_fill(vm, at, cref, *v);
  return const_missing(vm, cref_class(vm, cref), name);
}

Value const_get_top_caching(Vm& vm, SymId name, const uint32_t* at) {
  if (Value* v = vm.const_lookup(vm.cObject, name, true))
    return const_cache_fill(vm, at, Value::nil(), *v);
  return const_missing(vm, vm.cObject, name);
}

bool cref_const_defined(Vm& vm, Value cref, SymId name) {
  for (Value c = cref; !c.is_nil(); c = ary_at(c, 1)) {
    RClass* k = ary_at(c, 0).as<RClass>();
    if (k->ext->consts.count(name)) return true;
  }
  RClass* inner = cref_class(vm, cref);
  return vm.const_defined(inner, name, true) || vm.const_defined(vm.cObject, name, true);
}

Value const_get_under(Vm& vm, Value scope, SymId name) {
  if (!scope.is_heap() || scope.heap()->type != HeapType::kClass)
    vm.raise(vm.eTypeError, vm.inspect(scope) + " is not a class/module");
  RClass* k = scope.as<RClass>();
  auto it = k->ext->consts.find(name);
  if (it != k->ext->consts.end() && it->second.is_private)
    vm.raise(vm.eNameError, "private constant " + class_path(vm, k) + "::" + sym_name(name) +
                                " referenced");
  // Foo::Bar does not find top-level constants through Object for classes.
  for (RClass* c = k; c != nullptr; c = c->super) {
    RClass* owner = c->kind == ClassKind::kIClass ? c->module : c;
    if (owner == vm.cObject && k != vm.cObject) break;
    if (Value* v = lookup_in(vm, owner, name)) return *v;
  }
  return const_missing(vm, k, name);
}

}  // namespace maglev::vm
