// The prelude image: the Ruby part of the core library (core/prelude/*.rb) compiled at
// build time (tool prelude_image_gen.cc) and embedded in the binary, so that boot runs
// the compiled code without lexing, parsing or compiling anything. Boot decodes each
// file's top-level code and class bodies, which it runs; method bodies stay encoded
// until first needed (Code::pending, ensure_decoded below): -e nil calls few of them.
//
// Format (integers are persist/wire.h varints unless said otherwise; the image is
// produced and read by the same build and lives in the binary's read-only data, so it
// carries no pointers and no checksum and needs no compatibility across versions):
//
//   image   := "MGLVPIMG" u32le(kImageVersion) body
//   body    := varint(nfiles) file*
//   file    := bytes(name) bytes(path) varint(nsyms) bytes(sym)* varint(ncode) code
//              -- path: the Code::file of every code in the file ("<internal:array.rb>");
//              -- syms: every symbol the file's code names plus those its parsing and
//              -- compiling interned, by ascending SymId of the generating process, so
//              -- interning them in order gives the ids the parsing boot would give;
//              -- a sym below is an index into this table; ncode: code's length
//   code    := head rest
//   head    := u8(kind) bytes(name) svarint(first_line) sym(method_name)
//   rest    := varint(4 * ninsns) u32le(insn)*  -- symbol operands as table indices
//              varint(nlit) value*
//              varint(ncalls) (sym(mid) varint(argc) varint(flags) svarint(block)
//                              [varint(kwc) varint(kw_lit)] -- when flags has kCallKwArgs
//                             )*
//              varint(nivar_caches) varint(nchildren) (varint(ncode) code)*
//              varint(ncatches) (u8 kind, varint start end handler sp retry)*
//              varint(nlines) (varint pc, svarint line)*
//              varint(nlocal_names) sym* varint(nlocals) varint(stack_max) params
//              u8(needs_env | has_params << 1)
//   params  := varint lead opt post, u8(rest kwrest block no_kw forward trailing_comma
//              identity_slots, bit 0 first), svarint(fwd_slots)*3,
//              varint(nslots) svarint*, varint(nopt_pcs) varint*,
//              varint(nkw) (sym(name) u8(required))*
//   value   := 'n' | 't' | 'f' | 'u' | 'i' svarint | 'd' f64le
//            | 'D' f64le u16(flags)                     -- a boxed Float
//            | 'g' bytes(decimal digits) u16(flags)     -- Bignum
//            | 'y' sym | 's' bytes u16(flags) u32(0)    -- String
//            | 'r' bytes(source) varint(options) u16(flags)   -- Regexp
//            | 'O'                                      -- the class Object
//   sym     := varint
//
// The generator refuses (exits non-zero) any literal outside this list and checks that
// every file decodes back to what it encoded, so a compiler change that the format does
// not carry fails the build rather than the VM.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vm/persist/wire.h"
#include "vm/runtime.h"

namespace maglev::vm::snapshot {

inline constexpr uint32_t kImageVersion = 3;

// The embedded image (generated prelude_image.cc), empty in the generator itself.
extern const unsigned char kPreludeImage[];
extern const size_t kPreludeImageSize;

// Build side: one file at a time, in load order.
class ImageWriter {
 public:
  // `top` is the file's compiled program; symbols with ids in [new_from, new_to) were
  // interned while parsing and compiling it (they join the file's table even when no
  // code names them, to keep the order of ids).
  // Returns false with `*error` set when a literal cannot be written.
  [[nodiscard]] bool add_file(Vm& vm, std::string_view name, RCode* top, SymId new_from,
                              SymId new_to, std::string* error);
  std::vector<uint8_t> finish();

 private:
  persist::Writer body_;
  int nfiles_ = 0;
};

// Boot side. REQUIRES: the heap is disabled while read_file runs (the objects it makes
// are reachable only through the code being built).
class ImageReader {
 public:
  // Checks magic and version; false when they do not match. `data` must outlive every
  // code read from it (methods are decoded from it later).
  [[nodiscard]] bool open(const unsigned char* data, size_t size);
  size_t file_count() const { return nfiles_; }
  // The next file's top-level code (nullptr when the bytes are malformed); method
  // bodies are left encoded.
  RCode* read_file(Vm& vm, std::string* name);

 private:
  const unsigned char* pos_ = nullptr;   // the next file
  const unsigned char* end_ = nullptr;
  size_t nfiles_ = 0;
};

// Decodes the rest of a method left encoded by read_file (aborts if it does not
// decode: a broken build). Collection is held off meanwhile.
void decode_pending(Vm& vm, RCode* rc);
// What every reader of a method's body calls first: a no-op once it is decoded.
inline void ensure_decoded(Vm& vm, RCode* rc) {
  if (rc != nullptr && rc->code->pending != nullptr) decode_pending(vm, rc);
}

// Defined in boot.cc, shared by boot and the generator. compile_prelude_file parses and
// compiles core/prelude/NAME (its backtrace file is "<internal:NAME>"); a syntax error
// aborts. run_prelude_file runs a file's code at top level; an exception aborts with
// its message and backtrace.
RCode* compile_prelude_file(Vm& vm, const std::string& name, std::string_view source);
void run_prelude_file(Vm& vm, RCode* code);

// True when two codes (and their children) are the same program: the generator's
// self-check, `b` decoded from the image (its methods are decoded on the way). `why`
// names the first difference.
bool same_code(Vm& vm, const RCode* a, RCode* b, std::string* why);

}  // namespace maglev::vm::snapshot
