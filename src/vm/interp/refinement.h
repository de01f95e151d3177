// Refinements in the lexical scope: which refinements a cref has activated with `using`
// (its optional third element, an Array of the modules used, latest first) and method
// lookup through them. Code outside any `using` never gets here: a call site consults
// refinements only on an inline-cache miss in a scope that has some, and caches what it
// found (each `using` bumps global_serial, so no cache outlives a change of scope).
#pragma once

#include "vm/interp/interp.h"
#include "vm/object/array.h"

namespace maglev::vm {

// Whether the lexical scope `cref` has refinements active.
inline bool cref_refined(Value cref) { return cref.is_heap() && ary_len(cref) > 2; }

// The modules whose refinements `cref` activated (latest first), or nil.
inline Value cref_used_modules(Value cref) {
  return cref_refined(cref) ? ary_at(cref, 2) : Value::nil();
}

// `cref` with the refinements of `used` (an Array of modules as above, or nil) instead of
// its own; nil when that leaves a top-level cref without refinements.
Value cref_with_refinements(Vm& vm, Value cref, Value used);

// `cref` after `using mod` in it: mod in front of the modules it used (kept in place
// when it is there already).
Value cref_using(Vm& vm, Value cref, RClass* mod);

// The method a call of `mid` on a `klass` receiver reaches in the scope `cref`: `plain`
// (find_method's answer, with *where) unless an active refinement of a class in klass's
// ancestry comes first. `where` as find_method's.
MethodEntry* refined_find_method(Vm& vm, Value cref, RClass* klass, SymId mid,
                                 MethodEntry* plain, RClass** where);

// find_method for a call made from the scope `cref` (send, method, respond_to?...).
MethodEntry* find_method_in_scope(Vm& vm, Value cref, RClass* klass, SymId mid,
                                  RClass** where = nullptr);

// Where `super` continues from a method of the refinement `r` that found nothing after
// it among r's own modules: the refined class's method (refinements not applied).
MethodEntry* refinement_super_method(RClass* r, SymId name, RClass** where);

// `v.to_s` for string interpolation, with the refinements of the current frame's scope.
Value interpolation_to_s(Vm& vm, Value v);

// Whether `c` is a refinement module (made by Module#refine).
inline bool is_refinement(const RClass* c) {
  return c->kind == ClassKind::kModule && c->ext->refined_class != nullptr;
}

}  // namespace maglev::vm
