// Code: the compiled form of one scope (program, method, block, class body). The
// compiler builds it, the interpreter runs it, persistence stores it. It holds no raw
// pointers into the VM beyond its own pools: literals are Values, names are SymIds,
// children are RCode objects, inline caches are rebuilt when empty.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/object/class.h"
#include "vm/object/objects.h"

namespace maglev::vm {

namespace snapshot {
struct ImageFile;   // prelude_image.cc
}

enum Opcode : uint32_t {
#define OPCODE(name, n, kinds) op_##name,
#include "vm/compile/opcodes.def"
#undef OPCODE
  kOpcodeCount
};
int opcode_operands(uint32_t op);
const char* opcode_name(uint32_t op);

// concatstrings' operand: the count of parts, with this bit when the first part is a
// literal whose encoding the result starts in (source that is not UTF-8).
constexpr uint32_t kConcatLiteralHead = 1u << 31;

// Call flags (CallInfo::flags).
enum : uint16_t {
  kCallFcall = 1 << 0,      // no explicit receiver: private methods allowed
  kCallVcall = 1 << 1,      // bare identifier (NameError wording on failure)
  kCallSplat = 1 << 2,      // the single argument on the stack is an Array to splat
  kCallBlockArg = 1 << 3,   // a block argument (&blk) is on the stack after the args
  kCallKwHash = 1 << 4,     // the last argument is a keyword Hash (foo(a: 1), **h)
  kCallSafeNav = 1 << 5,    // recv&.m: nil receiver gives nil
  kCallSelfRecv = 1 << 6,   // receiver written as `self.` (private setters allowed)
  kCallZsuper = 1 << 7,     // bare super: the method's own arguments
  kCallKwArgs = 1 << 8,     // the last kwc arguments are keyword values (no Hash), named
                            // by the Symbols literals[kw_lit .. kw_lit + kwc)
  kCallImplicitArgs = 1 << 9,   // bare super (no parentheses): the arguments are the
                                // method's own (not allowed in define_method bodies)
};

// Why a single pattern (`expr => pat`, one-clause case/in) failed: the last element of
// the reason Array the compiler stores (compile_pattern.cc), read by
// Kernel#__no_matching_pattern. The values before it are listed per code.
enum class PatternFail : int64_t {
  kEqq,                // subject, pattern: "P === S does not return true"
  kNoDeconstruct,      // subject
  kNoDeconstructKeys,  // subject
  kLength,             // array, expected length
  kLengthMin,          // array, minimum length (a splat)
  kFind,               // array
  kKey,                // hash, key: NoMatchingPatternKeyError
  kRestNotEmpty,       // the rest of the hash (**nil)
  kNotEmpty,           // hash (`in {}`)
  kGuard,              // (none)
};

struct CallInfo {
  SymId mid = 0;
  uint16_t argc = 0;       // values on the stack for arguments (splat array counts 1;
                           // keyword values count one each)
  uint16_t flags = 0;
  int32_t block = -1;      // child code index of a literal block, or -1
  uint16_t kwc = 0;        // kCallKwArgs: how many of the argc are keyword values
  // Monomorphic inline cache (not persisted: rebuilt on first use); `fast` sits here
  // to fill the padding.
  uint8_t fast = 0;        // CallFast: how the dispatch loop may call cache_entry
  int32_t kw_lit = -1;     // kCallKwArgs: literal index of the first keyword's Symbol
  uint32_t fast_slot = 0;  // kFastAttrReader/Writer: the ivar's slot in cache_class;
                           // kFastIseq: the entry pc for the optionals given
  RClass* cache_class = nullptr;
  uint64_t cache_serial = 0;
  MethodEntry* cache_entry = nullptr;
  RClass* cache_where = nullptr;
  // A second entry, the one the cache held before its last refill: a site alternating
  // between two receiver classes swaps it in (interp/call.cc swap_call_cache).
  RClass* cache_class2 = nullptr;
  uint64_t cache_serial2 = 0;
  MethodEntry* cache_entry2 = nullptr;
  RClass* cache_where2 = nullptr;
  uint32_t fast_slot2 = 0;
  uint8_t fast2 = 0;
};

// CallInfo::fast: what the dispatch loop may do itself on an inline cache hit (filled
// with the cache by do_send; every kind implies the call site passes no splat, no
// keyword Hash, no &block, and that the entry's visibility allows the call from anywhere;
// only kFastIseqKw takes kCallKwArgs).
enum CallFast : uint8_t {
  kFastNone,         // go through do_send
  kFastIseq,         // bytecode method with leading and optional parameters only,
                     // lead <= argc <= lead + opt: push a frame starting at fast_slot
  kFastIseqKw,       // bytecode method taking the call's literal keywords (kCallKwArgs)
                     // as keyword parameters: bind_literal_kwargs, push a frame
  kFastNative,       // native method whose arity accepts argc: call fn directly
  kFastAttrReader,   // attr_reader on a plain object: read slot fast_slot
  kFastAttrWriter,   // attr_writer on a plain object: write slot fast_slot
};

struct IvarCache {
  RClass* klass = nullptr;
  uint32_t slot = 0;
};

// error_highlight: the source columns an instruction marks when it raises NameError or
// NoMethodError (compile/spot.h); the message reads the line from the file.
struct CodeSpot {
  uint32_t pc_beg, pc_end;   // the instruction's words, [pc_beg, pc_end)
  int32_t line;
  uint16_t beg_col, end_col;
};

struct CatchEntry {
  enum Kind : uint8_t { kRescue, kEnsure };
  Kind kind;
  uint32_t start, end;   // pc range covered, [start, end)
  uint32_t handler;      // pc of the handler; the pending exit is pushed first
  uint32_t sp;           // operand stack depth to restore
  uint32_t retry;        // for kRescue: pc where `retry` resumes (begin of the body)
  // The handler's code is [handler, handler_end): a frame running there shows in
  // backtraces as CRuby's `rescue in foo` / `ensure in foo` frame (0: not known, as in
  // persisted code). `line`: for kRescue, the line the enclosing frame then shows.
  uint32_t handler_end = 0;
  int32_t line = 0;
};

// Parameters of a method or block. Arguments are bound in canonical order
// (lead, opt, rest, post, keywords, kwrest, block) and stored to `slots[i]`.
struct ParamInfo {
  uint16_t lead = 0;       // required before optionals
  uint16_t opt = 0;
  uint16_t post = 0;
  bool rest = false;       // *rest (also a bare `*`)
  bool kwrest = false;     // **opts
  bool block = false;      // &blk
  bool no_kw = false;      // **nil
  bool forward = false;    // (...)
  bool trailing_comma = false;   // |a,|
  bool ruby2_keywords = false;   // Module#ruby2_keywords: keywords go to *rest as a flagged Hash
  bool identity_slots = true;    // slots[i] == i for every i
  int16_t fwd_slots[3] = {-1, -1, -1};   // (...): hidden rest, kwrest, block slots
  std::vector<int16_t> slots;      // canonical parameter -> local slot
  std::vector<uint32_t> opt_pcs;   // entry pc when k optionals were given (opt+1 entries)
  std::vector<SymId> kw_names;     // keyword params in order
  std::vector<bool> kw_required;
  int required() const { return lead + post; }
  bool has_kw() const { return !kw_names.empty(); }
  bool simple() const {
    return opt == 0 && !rest && post == 0 && kw_names.empty() && !kwrest && !block &&
           !forward && !trailing_comma && identity_slots;
  }
};

struct Code {
  enum class Kind : uint8_t { kTop, kMethod, kBlock, kLambda, kClass, kEval };
  Kind kind = Kind::kTop;
  std::string name;        // "<main>", method name, "block in foo", "<class:Foo>"
  std::string file;
  int first_line = 1;
  SymId method_name = 0;   // for __method__ / super (0 outside methods)
  std::vector<uint32_t> insns;
  std::vector<Value> literals;
  std::vector<CallInfo> calls;
  std::vector<IvarCache> ivar_caches;
  std::vector<RCode*> children;
  std::vector<CatchEntry> catches;
  std::vector<std::pair<uint32_t, int>> lines;   // (pc, line), pc ascending
  std::vector<CodeSpot> spots;   // pc ascending; empty for eval'd code (not persisted)
  std::vector<SymId> local_names;   // slot order; params first
  uint32_t nlocals = 0;
  uint32_t stack_max = 0;
  ParamInfo params;
  bool needs_env = false;  // locals live in a heap Env (captured by blocks/binding)
  bool has_params = false; // blocks: written with |...| (arity/auto-splat rules)
  // A prelude method whose body is still encoded in the prelude image: only kind, name,
  // file, first_line and method_name are set until snapshot::ensure_decoded (in
  // vm/snapshot/prelude_image.h) decodes the rest, which whoever reads a method's body
  // from its MethodEntry calls first (entering a frame, arity, parameters, persisting).
  const unsigned char* pending = nullptr;            // the rest of the encoding
  const snapshot::ImageFile* pending_file = nullptr;  // its file's symbol table

  int line_at(uint32_t pc) const;
  // The spot of the instruction holding word `pc`, or null.
  const CodeSpot* spot_at(uint32_t pc) const;
};

}  // namespace maglev::vm
