// Refinements' Ruby side: Module#refine, Module#using and main.using (activating a
// module's refinements in the caller's lexical scope), Module.used_modules, the
// Refinement class and Refinement#import_methods. Lookup is interp/refinement.h's.
#include <algorithm>

#include "vm/core/core.h"
#include "vm/interp/interp.h"
#include "vm/interp/ops.h"
#include "vm/interp/refinement.h"

namespace maglev::vm {

namespace {

RClass* self_class(Value self) { return self.as<RClass>(); }

// The module argument of using/import_methods (CRuby calls a refinement a Class here).
RClass* module_arg(Vm& vm, Value v) {
  if (!is_class_value(v) || as_class(v)->kind != ClassKind::kModule) {
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(v) + " (expected Module)");
  }
  if (is_refinement(as_class(v)))
    vm.raise(vm.eTypeError, "wrong argument type Class (expected Module)");
  return as_class(v);
}

// The refinement of `klass` that `mod` makes, created on first use.
RClass* refinement_for(Vm& vm, RClass* mod, RClass* klass) {
  for (auto& [refined, r] : mod->ext->refinements)
    if (refined == klass) return r;
  RClass* r = module_new(vm, nullptr, nullptr);
  r->basic.klass = vm.cRefinement;
  r->ext->refined_class = klass;
  r->ext->refined_by = mod;
  mod->ext->refinements.emplace_back(klass, r);
  return r;
}

// Activates `mod`'s refinements in the calling frame's scope, from here on.
void use_in_caller(Vm& vm, Frame* f, RClass* mod) {
  f->cref = cref_using(vm, f->cref, mod);
  ++vm.global_serial;   // call sites cached before this point look again
}

// A copy of the block `p` running in the lexical scope `cref`.
RProc* proc_in_scope(Vm& vm, RProc* p, Value cref) {
  auto* q = vm.heap.make<RProc>(HeapType::kProc, vm.cProc);
  q->basic.flags |= p->basic.flags & kFlagLambda;
  q->code = p->code;
  q->env = p->env;
  q->self = p->self;
  q->native = p->native;
  q->home = p->home;
  q->break_to = p->break_to;
  q->cref = cref;
  q->def_target = p->def_target;
  q->block = p->block;
  q->me = p->me;
  q->defined_class = p->defined_class;
  return q;
}

}  // namespace

std::string refinement_to_s(Vm& vm, RClass* r) {
  return "#<refinement:" + class_path(vm, r->ext->refined_class) + "@" +
         class_path(vm, r->ext->refined_by) + ">";
}

NATIVE(mod_refine) {
  UNUSED_ARGS;
  if (block.is_nil()) vm.raise(vm.eArgumentError, "no block given");
  if (caller_passed_block_arg(vm))
    vm.raise(vm.eArgumentError, "can't pass a Proc as a block to Module#refine");
  if (!is_class_value(argv[0]) || as_class(argv[0])->kind == ClassKind::kIClass)
    vm.raise(vm.eTypeError, "wrong argument type " + vm.class_name_of(argv[0]) +
                                " (expected Class or Module)");
  RClass* mod = self_class(self);
  RClass* r = refinement_for(vm, mod, as_class(argv[0]));
  // The block sees every refinement of mod (those made later too: the cref names mod).
  RProc* p = block.as<RProc>();
  Value rv = Value::object(r);
  RProc* body = proc_in_scope(vm, p, cref_using(vm, p->cref, mod));
  ++vm.global_serial;
  vm.call_proc(body, rv, 1, &rv, Value::nil(), false, r);
  return rv;
}

NATIVE(mod_using) {
  UNUSED_ARGS;
  Frame* f = vm.current();
  if (f == nullptr || f->me != nullptr)
    vm.raise(vm.eRuntimeError, "Module#using is not permitted in methods");
  if (f->self != self) vm.raise(vm.eRuntimeError, "Module#using is not called on self");
  use_in_caller(vm, f, module_arg(vm, argv[0]));
  return self;
}

NATIVE(main_using) {
  UNUSED_ARGS;
  Frame* f = vm.current();
  bool top = f != nullptr && f->me == nullptr &&
             (f->cref.is_nil() ||
              (ary_at(f->cref, 0).as<RClass>() == vm.cObject && ary_at(f->cref, 1).is_nil()));
  if (!top) vm.raise(vm.eRuntimeError, "main.using is permitted only at toplevel");
  use_in_caller(vm, f, module_arg(vm, argv[0]));
  return self;
}

// CRuby's order: the refined classes in the order they were first activated, each with
// the modules refining it, latest first; each module once.
NATIVE(mod_s_used_modules) {
  UNUSED_ARGS;
  Value out = ary_new(vm);
  Frame* f = vm.current();
  Value used = f ? cref_used_modules(f->cref) : Value::nil();
  if (used.is_nil()) return out;
  std::vector<RClass*> classes;
  for (int64_t i = ary_len(used); i-- > 0;)
    for (auto& [refined, r] : ary_at(used, i).as<RClass>()->ext->refinements)
      if (std::find(classes.begin(), classes.end(), refined) == classes.end())
        classes.push_back(refined);
  std::vector<RClass*> seen;
  for (RClass* klass : classes)
    for (int64_t i = 0; i < ary_len(used); ++i) {
      RClass* mod = ary_at(used, i).as<RClass>();
      bool refines = false;
      for (auto& [refined, r] : mod->ext->refinements) refines = refines || refined == klass;
      if (!refines || std::find(seen.begin(), seen.end(), mod) != seen.end()) continue;
      seen.push_back(mod);
      ary_push(vm, out, Value::object(mod));
    }
  return out;
}

// Copies the Ruby-defined methods of each module into the refinement; they run with the
// refinements active where import_methods was called.
NATIVE(refinement_import_methods) {
  UNUSED_ARGS;
  RClass* r = self_class(self);
  Frame* f = vm.current();
  Value used = f ? cref_used_modules(f->cref) : Value::nil();
  for (int i = 0; i < argc; ++i) module_arg(vm, argv[i]);
  for (int i = 0; i < argc; ++i) {
    RClass* mod = as_class(argv[i]);
    for (auto& [name, me] : *mod->origin->m_tbl) {
      if (me->kind != MethodEntry::Kind::kBytecode || me->owner->ext->core)
        vm.raise(vm.eArgumentError,
                 "Can't import method which is not defined with Ruby code: " +
                     class_path(vm, mod) + "#" + sym_name(name));
    }
    for (auto& [name, me] : *mod->origin->m_tbl) {
      MethodEntry copy = *me;
      copy.owner = nullptr;
      copy.cref = cref_with_refinements(vm, me->cref, used);
      define_method_entry(vm, r, name, copy);
      vm.note_method_defined(r, name);
    }
  }
  return self;
}

void init_refinement(Vm& vm) {
  define_native(vm, vm.cModule, "refine", mod_refine, 1, Visibility::kPrivate);
  define_native(vm, vm.cModule, "using", mod_using, 1, Visibility::kPrivate);
  define_singleton_native(vm, Value::object(vm.cModule), "used_modules", mod_s_used_modules, 0);
  define_native(vm, singleton_class(vm, vm.main_obj), "using", main_using, 1,
                Visibility::kPrivate);
  define_native(vm, vm.cRefinement, "import_methods", refinement_import_methods, -1,
                Visibility::kPrivate);
  undef_method(vm, vm.cClass, intern("refine"));
}

}  // namespace maglev::vm
