// Shared by the core library files (one per Ruby class in core/): how they register
// methods and check arguments. Each core file defines `void init_<name>(Vm&)`, listed
// in core/init.def and called at boot in that order.
#pragma once

#include <cstdio>
#include <string>

#include "vm/object/array.h"
#include "vm/object/hash.h"
#include "vm/object/numeric.h"
#include "vm/object/string.h"
#include "vm/runtime.h"

namespace maglev::vm {

#define INIT(name) void init_##name(Vm& vm);
#include "vm/core/init.def"
#undef INIT

// Native method signature helpers.
#define NATIVE(fn) static Value fn(Vm& vm, Value self, int argc, const Value* argv, Value block)
#define UNUSED_ARGS (void)vm, (void)self, (void)argc, (void)argv, (void)block

inline void check_args(Vm& vm, int argc, int min, int max) {
  if (argc < min || (max >= 0 && argc > max)) vm.raise_arity(argc, min, max);
}
inline Value arg_or(int argc, const Value* argv, int i, Value dflt) {
  return i < argc ? argv[i] : dflt;
}
// Implicit conversions (to_str, to_int, to_ary) with CRuby's TypeError messages.
Value to_str(Vm& vm, Value v);
Value to_ary(Vm& vm, Value v);
Value to_hash(Vm& vm, Value v);
int64_t to_long(Vm& vm, Value v);   // NUM2LONG: nil is "no implicit conversion from nil to integer"
Value to_integer(Vm& vm, Value v);   // Integer or to_int result
inline RClass* as_class(Value v) { return v.as<RClass>(); }
inline bool is_class_value(Value v) { return v.is_heap() && v.heap()->type == HeapType::kClass; }
inline bool is_proc(Value v) { return v.is_heap() && v.heap()->type == HeapType::kProc; }
inline bool is_range(Value v) { return v.is_heap() && v.heap()->type == HeapType::kRange; }
Value range_new(Vm& vm, Value lo, Value hi, bool excl);
// Resolves Range r against length n into *start/*len (rb_range_beg_len); false when it
// starts outside 0..n.
bool range_bounds(Vm& vm, Value r, int64_t n, int64_t* start, int64_t* len);
// A new instance of an ordinary class (Class#allocate).
Value alloc_instance(Vm& vm, RClass* klass);
// A plain object of klass with no allocator checks (persist shells, Rational/Complex).
Value object_new(Vm& vm, RClass* klass);
// Enumerator for a method called without a block: `obj.meth(*args)` lazily.
Value make_enumerator(Vm& vm, Value obj, SymId meth, int argc, const Value* argv,
                      Value size = Value::nil());
#define RETURN_ENUM(name)                                                          \
  do {                                                                             \
    if (block.is_nil()) return make_enumerator(vm, self, intern(name), argc, argv); \
  } while (0)
// Symbol/String name of a method argument.
SymId to_method_name(Vm& vm, Value v);
// Inspect of a String as Ruby prints it ("\"a\\n\"").
std::string str_inspect(std::string_view s, bool binary = false);
// Kernel#format.
std::string format_string(Vm& vm, std::string_view fmt, int argc, const Value* argv);
// An absolute path with its ".", ".." and empty components resolved ("/a/./b/../c" is
// "/a/c"); the root stays "/" (core/file_path.cc).
std::string path_normalize(const std::string& absolute_path);
// What puts writes for these arguments (arrays flattened, one line each).
std::string puts_string(Vm& vm, int argc, const Value* argv);
// Output to $stdout (through its write method when reassigned).
void write_stdout(Vm& vm, std::string_view s);
// An IO of class klass over f (fclosed when collected unclosed); access: the directions
// it is open for (RBasic::aux). kIoDirect: a pipe or socket with O_NONBLOCK, written
// with write(2) at once (sync, as CRuby's), read through stdio once readable.
enum : uint32_t {
  kIoRead = 1,
  kIoWrite = 2,
  kIoDuplex = 4,   // a socket: each direction closes alone
  kIoDirect = 8,
};
Value io_make_stream(Vm& vm, FILE* f, RClass* klass, uint32_t access);
// The text CRuby prints after "file:line: " for an exception (uncaught, full_message):
// the message's first line, " (Class)", the rest of the message, one newline at the end;
// "unhandled exception" / the class name when the message is empty.
std::string error_message_text(Vm& vm, Value exc, const std::string& message);
// error_highlight's suffix of a NameError's message ("\n\n" line "\n" ^^^^), from the
// spot recorded at raise; empty when there is none or the line cannot be read.
std::string error_highlight_points(Vm& vm, Value exc);
// Appends to the Array `names` the Symbols of code's first n locals that Ruby code sees
// (not *, & or numbered parameters), skipping those already there (local_variables).
void append_local_names(Vm& vm, Value names, const Code* code, uint32_t n);
// The name of the Errno:: class of an errno value ("ENOENT"), nullptr when it has none.
const char* errno_name(int code);
// Raises the Errno:: class of err with strerror's message and " @ detail".
[[noreturn]] void raise_errno(Vm& vm, int err, const std::string& detail);
// rb_sys_fail: "<strerror> - what" ("<strerror>" alone when what is empty).
[[noreturn]] void raise_sys_fail(Vm& vm, int err, const std::string& what);
// DATA: a StringIO over the text after __END__.
Value make_string_io(Vm& vm, Value data);
// `require NAME` of a standard library file (snapshot/lib_image.h); raises LoadError
// when there is none of that name.
Value require_library(Vm& vm, const std::string& name);
// Module#to_s of a refinement: "#<refinement:String@M>".
std::string refinement_to_s(Vm& vm, RClass* r);
struct RunOptions;
void setup_program_globals(Vm& vm, const RunOptions& o, const std::string& file);

}  // namespace maglev::vm
