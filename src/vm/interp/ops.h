// Out-of-line helpers of the dispatch loop (interp/*.cc): calls, yields, class and
// method definition, variables that need lookups, and small predicates. Each is the
// slow path or the whole of one instruction; the loop stays small.
#pragma once

#include "vm/interp/interp.h"

namespace maglev::vm {

// Performs the call described by ci with receiver and arguments on the stack ending
// at sp. Native methods run to completion; bytecode methods get a pushed frame (the
// loop continues in it). Returns the caller's new sp.
Value* do_send(Vm& vm, Frame* f, CallInfo* ci, Value* sp, bool super);
Value* do_yield(Vm& vm, Frame* f, CallInfo* ci, Value* sp);
bool frame_alive(Vm& vm, uint64_t serial);
// True when the native running was called from bytecode with a block argument (&blk)
// rather than a literal block.
bool caller_passed_block_arg(Vm& vm);
// LocalJumpError with its reason (:break, :return) and exit_value.
[[noreturn]] void raise_local_jump(Vm& vm, const char* message, const char* reason, Value value);

Value cvar_get(Vm& vm, Frame* f, SymId name);
void cvar_set(Vm& vm, Frame* f, SymId name, Value v);
Value const_get_under(Vm& vm, Value scope, SymId name);
Value backref_get(Vm& vm, int32_t n);
Value splat_to_array(Vm& vm, Value v);   // [*v]: to_a, or [v]
Value to_ary_for_masgn(Vm& vm, Value v); // a, b = v: to_ary, or [v]
void hash_merge_kw(Vm& vm, Value h, Value other);
Value any_to_s(Vm& vm, Value v);
// FrozenError (rb_class_modify_check's words) when klass's method table may not change.
void check_class_modifiable(Vm& vm, RClass* klass);         // #<Foo> default
Value range_new(Vm& vm, Value lo, Value hi, bool excl);
Value regexp_new(Vm& vm, const std::string& src, uint32_t opts);

// Kernel#nil? and NilClass#nil? (core/nil_true_false.cc): opt_nil_p answers a call its
// inline cache resolved to one of them without calling it.
extern const NativeFn kObjNilP, kNilNilP;

// Kernel#raise (core/kernel.cc), and the exception it raises for these arguments
// (`raise Class, "msg"`, `raise obj`, `cause:`). The dispatch loop calls the latter
// for a cached Kernel#raise and unwinds to a rescue in its own frames without a C++
// throw.
extern const NativeFn kKernelRaise;
Value kernel_raise_exception(Vm& vm, int argc, const Value* argv);
// Vm::raise's work before the throw (interp/raise.cc): attaches the backtrace (unless
// the exception has one) and the cause.
void prepare_raise(Vm& vm, Value exception);

inline bool vm_int_ops_ok(const Vm& vm) { return !vm.redefined_int_ops; }
inline bool vm_float_ops_ok(const Vm& vm) { return !vm.redefined_float_ops; }
inline bool vm_ary_ops_ok(const Vm& vm) { return !vm.redefined_ary_ops; }
inline bool vm_not_ok(const Vm& vm) { return !vm.redefined_not; }
inline bool vm_str_ops_ok(const Vm& vm) { return !vm.redefined_str_ops; }

RClass* define_class(Vm& vm, Frame* f, Value cbase, SymId name, Value super, uint32_t flags);
RClass* define_module(Vm& vm, Frame* f, Value cbase, SymId name);
Value* run_class_body(Vm& vm, Frame* f, RClass* klass, RCode* body, Value* sp);
void define_method_from_code(Vm& vm, Frame* f, RClass* klass, SymId name, RCode* body,
                             bool singleton);
bool case_eqq(Vm& vm, Value pattern, Value target);
Value defined_check(Vm& vm, Frame* f, uint32_t kind, SymId name, Value operand);
void alias_method(Vm& vm, RClass* klass, SymId new_name, SymId old_name);
// The hook CRuby calls after a method table change, `hook` being "method_added",
// "method_removed" or "method_undefined": on the module, or singleton_<hook> on the
// object a singleton class is attached to.
void method_hook(Vm& vm, RClass* klass, const char* hook, SymId name);
void alias_gvar(Vm& vm, SymId new_name, SymId old_name);
void undef_method(Vm& vm, RClass* klass, SymId name);
// -w: "method redefined; discarding old NAME" and where the old one was, when `klass`
// itself defines NAME in Ruby (not aliased, not a core method).
void warn_method_redefined(Vm& vm, RClass* klass, SymId name);
// NameError "undefined method `name' for class `K'" (undef, alias_method, ruby2_keywords).
[[noreturn]] void raise_undefined_method_in(Vm& vm, RClass* klass, SymId name);
void register_postexe(Vm& vm, Frame* f, RCode* body);
bool check_type(Vm& vm, Value v, uint32_t type);

// `defined?` kinds (operand of op_defined).
enum DefinedKind : uint32_t {
  kDefinedIvar, kDefinedGvar, kDefinedCvar, kDefinedConst, kDefinedConstUnder,
  kDefinedMethod, kDefinedFcall, kDefinedYield, kDefinedSuper, kDefinedZsuper,
};

// checktype operands.
enum CheckType : uint32_t { kCheckArray, kCheckHash, kCheckString, kCheckNil };

}  // namespace maglev::vm
