// Refinements in the lexical scope (refinement.h): crefs carrying the modules used, and
// method lookup through the refinements they activate.
#include "vm/interp/refinement.h"

namespace maglev::vm {

namespace {

// The refinement of `klass` made by `mod`'s #refine, or nullptr.
RClass* refinement_of(RClass* mod, RClass* klass) {
  for (auto& [refined, r] : mod->ext->refinements)
    if (refined == klass) return r;
  return nullptr;
}

// Whether some refinement of the modules `used` defines `mid` (most names called in a
// refined scope are not refined).
bool refines_name(Value used, SymId mid) {
  for (int64_t i = 0; i < ary_len(used); ++i)
    for (auto& [refined, r] : ary_at(used, i).as<RClass>()->ext->refinements)
      if (find_method(r, mid) != nullptr) return true;
  return false;
}

}  // namespace

Value cref_with_refinements(Vm& vm, Value cref, Value used) {
  bool none = used.is_nil() || ary_len(used) == 0;
  if (cref.is_nil())
    return none ? cref : ary_of(vm, {Value::object(vm.cObject), Value::nil(), used});
  if (none) return cref_refined(cref) ? ary_of(vm, {ary_at(cref, 0), ary_at(cref, 1)}) : cref;
  return ary_of(vm, {ary_at(cref, 0), ary_at(cref, 1), used});
}

Value cref_using(Vm& vm, Value cref, RClass* mod) {
  Value old = cref_used_modules(cref);
  Value used = ary_of(vm, {Value::object(mod)});
  if (!old.is_nil()) {
    for (int64_t i = 0; i < ary_len(old); ++i) {
      if (ary_at(old, i).as<RClass>() == mod) return cref;
      ary_push(vm, used, ary_at(old, i));
    }
  }
  return cref_with_refinements(vm, cref, used);
}

MethodEntry* refined_find_method(Vm& vm, Value cref, RClass* klass, SymId mid,
                                 MethodEntry* plain, RClass** where) {
  (void)vm;
  Value used = cref_used_modules(cref);
  if (used.is_nil() || !refines_name(used, mid)) return plain;
  for (RClass* c = klass; c != nullptr; c = c->super) {
    // A class's refinements come before its prepended modules (a class with some is met
    // again as its origin iclass: nothing is found there the second time).
    RClass* key = c->kind == ClassKind::kIClass ? c->module : c;
    for (int64_t i = 0; i < ary_len(used); ++i) {
      RClass* r = refinement_of(ary_at(used, i).as<RClass>(), key);
      RClass* w = nullptr;
      if (r == nullptr) continue;
      if (MethodEntry* me = find_method(r, mid, &w)) {
        if (where) *where = w;
        return me;
      }
    }
    auto it = c->m_tbl->find(mid);
    if (it != c->m_tbl->end()) {
      if (it->second->kind == MethodEntry::Kind::kUndefined) return nullptr;
      if (where) *where = c;
      return it->second;
    }
  }
  return nullptr;
}

MethodEntry* find_method_in_scope(Vm& vm, Value cref, RClass* klass, SymId mid,
                                  RClass** where) {
  RClass* w = nullptr;
  MethodEntry* me = find_method(klass, mid, &w);
  if (cref_refined(cref)) me = refined_find_method(vm, cref, klass, mid, me, &w);
  if (where) *where = w;
  return me;
}

Value interpolation_to_s(Vm& vm, Value v) {
  Frame* f = vm.current();
  return invoke_in_scope(vm, f ? f->cref : Value::nil(), v, sym::to_s, 0, nullptr,
                         Value::nil(), true, false);
}

MethodEntry* refinement_super_method(RClass* r, SymId name, RClass** where) {
  return find_method(r->ext->refined_class, name, where);
}

}  // namespace maglev::vm
