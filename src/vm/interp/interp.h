// The interpreter's internal interface shared by interp/*.cc: pushing frames,
// binding arguments to parameters, running the dispatch loop, making blocks.
// Not for core/: core methods use the Vm API in runtime.h.
#pragma once

#include "vm/runtime.h"

namespace maglev::vm {

inline constexpr size_t kMaxFrames = 10000;
inline constexpr size_t kStackSlots = 1 << 20;

// Runs frames from the current top until the frame at index `base` leaves; returns
// its value. Exceptions not handled at or above `base` propagate as C++ exceptions
// (the frames above base are popped first).
Value execute(Vm& vm, size_t base);

// Pushes a frame for `code`. The frame's locals start at `locals` (args already
// there, `argc` of them) unless the code needs an Env. Binds parameters (raising
// ArgumentError for methods/lambdas). Returns the frame.
Frame* push_frame(Vm& vm, RCode* code, Value self, Value* locals, int argc, bool kw,
                  Value block, MethodEntry* me, REnv* outer, bool lambda);

// A Proc for a block literal of the current frame.
RProc* make_block(Vm& vm, Frame* f, RCode* code, bool lambda);

// The free top of the value stack (where C++ callers push arguments).
Value* stack_top(Vm& vm);

// Resolves a call's method for `recv` (honouring visibility) and invokes it from C++.
Value invoke(Vm& vm, Value recv, SymId mid, int argc, const Value* argv, Value block,
             bool fcall, bool kw);

// NoMethodError / NameError for a failed call (after method_missing declined).
[[noreturn]] void raise_no_method(Vm& vm, Value recv, SymId mid, bool vcall, bool fcall,
                                  MethodEntry* private_entry, bool super = false, int argc = 0,
                                  const Value* argv = nullptr);

// Converts a block argument (&x) to a Proc or nil (to_proc), raising TypeError.
Value to_block(Vm& vm, Value v);

// Constant lookup for the lexical scope `cref` (getconst). Raises NameError.
Value cref_const_get(Vm& vm, Value cref, SymId name);
bool cref_const_defined(Vm& vm, Value cref, SymId name);
RClass* cref_class(Vm& vm, Value cref);
Value cref_push(Vm& vm, Value cref, RClass* klass);

}  // namespace maglev::vm
