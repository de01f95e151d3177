// Layouts of every heap object (the R* structs) and their common header RBasic.
// Only layouts live here: behaviour is in object/*.cc and core/*.cc. Every change to
// what an object's persistent form holds (slots, elements, entries, bytes, flags, the
// record of a class) calls write_barrier() (below) so persistence knows it is dirty.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/object/value.h"

namespace maglev::vm {

enum class HeapType : uint8_t {
#define HEAP_TYPE(e, s, n) k##e,
#include "vm/object/heap_types.def"
#undef HEAP_TYPE
};

struct RClass;

// Object flags (RBasic::flags).
enum : uint16_t {
  kFlagFrozen = 1 << 0,
  kFlagDirty = 1 << 1,       // changed since last commit (persistent objects)
  kFlagGenericIvars = 1 << 2, // non-RObject with instance variables (side table)
  kFlagExcl = 1 << 3,        // Range: exclusive end
  kFlagLambda = 1 << 4,      // Proc: lambda semantics
  kFlagIdentity = 1 << 5,    // Hash: compare_by_identity
  kFlagChilled = 1 << 6,     // String literal (not frozen)
  kFlagBinary = 1 << 7,      // String: ASCII-8BIT encoding
  kFlagUnbound = 1 << 8,     // Method: UnboundMethod
  kFlagFromMethod = 1 << 9,  // Proc: made by Method#to_proc
  // bits 10-12: a String's encoding index (object/encoding.h)
  kFlagAscii = 1 << 13,      // String: every byte is below 0x80 (a cache, see str_ascii_only)
  kFlagRuby2Keywords = 1 << 14,  // Hash: keywords a ruby2_keywords method got
};

struct RBasic {
  HeapType type;
  uint8_t gc_mark;
  uint16_t flags;
  uint32_t aux;      // type-specific small field
  RClass* klass;     // nullptr only for hidden internal objects (Env, Code)
  uint64_t oop;      // persistent object id; 0 while the object is transient

  bool frozen() const { return flags & kFlagFrozen; }
};
static_assert(sizeof(RBasic) == 24);

struct RObject {
  RBasic basic;
  uint32_t ivcap;
  uint32_t ivlen;
  Value* ivs;                         // inline_ivs or a malloc'd block
  static constexpr int kInline = 4;
  Value inline_ivs[kInline];
};

// Strings and arrays keep short contents in the object itself: `ptr` then points at
// `embed` (the objects never move), so readers need not care; only object/string.cc and
// object/array.cc allocate, grow and free buffers, and only they read the capacity.
// The slot is only as large as the embedded room in use: an embedded object keeps that
// room in basic.aux and its contents where a malloc'd buffer's `capa` would be; an
// object whose contents are malloc'd ends after `capa`, so nothing else may touch
// `embed`.
struct RString {
  RBasic basic;     // basic.aux: an embedded string's room (bytes before the NUL)
  char* ptr;        // always NUL-terminated: `embed` or a malloc'd block
  int64_t len;
  static constexpr int kEmbed = 40;
  union {
    int64_t capa;   // a malloc'd buffer: bytes it holds before the NUL
    char embed[kEmbed];
  };
  bool embedded() const { return ptr == embed; }
  int64_t capacity() const { return embedded() ? basic.aux : capa; }
};

struct RArray {
  RBasic basic;     // basic.aux: an embedded array's room (elements)
  Value* ptr;       // `embed` or a malloc'd block
  int64_t len;
  static constexpr int kEmbed = 5;
  union {
    int64_t capa;   // a malloc'd buffer: elements it holds
    Value embed[kEmbed];
  };
  bool embedded() const { return ptr == embed; }
  int64_t capacity() const { return embedded() ? basic.aux : capa; }
};

struct HashTable;   // core/hash_table.h
struct RHash {
  RBasic basic;
  HashTable* table;
  Value ifnone;      // default value
  Value default_proc;
};

struct RFloat {
  RBasic basic;
  double value;
};

struct RBignum {
  RBasic basic;
  mpz_t z;
};

struct RRange {
  RBasic basic;
  Value begin, end;
};

struct REnv;
struct RCode;
struct MethodEntry;
struct RProc {
  RBasic basic;
  RCode* code;       // nullptr for a native or symbol proc (see `native`)
  REnv* env;         // lexically enclosing locals
  Value self;
  Value native;      // Symbol for &:sym procs, Method for method procs, else undef
  uint64_t home;     // frame serial of the method `return` leaves (0: none/orphan)
  uint64_t break_to; // frame serial of the call `break` ends (0: lambda/orphan)
  Value cref;        // lexical module nesting, for constants
  RClass* def_target;  // where `def` inside the block defines methods
  Value block;       // the block of the method the proc was made in (for yield)
  MethodEntry* me;   // the method the proc was made in (for super, __method__)
  RClass* defined_class;   // where that method was found (for super)
};

struct RMethod {
  RBasic basic;
  Value receiver;    // undef for UnboundMethod
  MethodEntry* entry;
  RClass* owner;
  SymId name;
};

struct REnv {
  RBasic basic;
  REnv* outer;
  RCode* code;       // the scope whose locals these are (names for eval/binding)
  uint32_t n;
  Value* slots;      // n values, malloc'd (or inline_slots)
  static constexpr int kInline = 6;
  Value inline_slots[kInline];
};

struct Code;   // compile/code.h: the C++ side of a compiled scope
struct RCode {
  RBasic basic;
  Code* code;
};

struct RRegexp {
  RBasic basic;
  void* onig;        // OnigRegex
  void* onig_bytes;  // OnigRegex over bytes, for single-byte subjects; compiled on first use
  Value source;      // String
  uint32_t options;  // core/regexp_source.h
};

struct RMatch {
  RBasic basic;
  Value str;         // the matched String (frozen copy)
  Value regexp;
  std::vector<int64_t>* regs;   // begin/end byte offsets, pairs; -1 when unmatched
};

// Native payload: anything the core library needs that is not a Ruby object layout
// (Enumerator state, Mutex, IO). The vtable tells the collector how to mark and free.
struct DataType {
  const char* name;
  void (*mark)(void* data, void (*mark_value)(Value));
  void (*free)(void* data);
};
struct RData {
  RBasic basic;
  const DataType* dtype;
  void* data;
};

enum class Visibility : uint8_t { kPublic, kPrivate, kProtected, kModuleFunction };

// The write barrier. Call write_barrier(o) when changing any state of `o` that its
// persistent form holds (ivars, elements, entries, bytes, default value, frozen and other
// encoded flags, a class's persistent record). A persistent object (oop != 0) is then
// flagged kFlagDirty and appended to the VM's dirty list, which is all commit, abort and
// needs_commit? look at; a transient object costs one load and a branch. The persist
// system tests run with MAGLEV_CHECK_BARRIER=1, which aborts when a changed persistent
// object was not marked (persist/transaction.cc).
void note_dirty(RBasic* o);   // the slow path (object/variables.cc)
inline void write_barrier(RBasic* o) {
  if (o->oop != 0 && !(o->flags & kFlagDirty)) [[unlikely]] note_dirty(o);
}
inline void write_barrier(Value v) {
  if (v.is_heap()) write_barrier(v.heap());
}

}  // namespace maglev::vm
