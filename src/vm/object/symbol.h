// Symbols: the process-wide intern table from names to SymIds. Symbols are never
// collected (ids are immediates in Values). Predefined ids come from symbols.def.
#pragma once

#include <string>
#include <string_view>

#include "vm/object/value.h"

namespace maglev::vm {

namespace sym {
enum : SymId {
#define SYM(c, s) c,
#include "vm/object/symbols.def"
#undef SYM
  kPredefinedCount
};
}  // namespace sym

// Interns `name` (bytes), returning its id; the same name always gives the same id.
SymId intern(std::string_view name);
// The name of an interned id. REQUIRES: id was returned by intern().
const std::string& sym_name(SymId id);
inline Value sym_value(std::string_view name) { return Value::symbol(intern(name)); }
inline SymId sym_of(Value v) { return v.symbol_id(); }
// Number of interned symbols (Symbol.all_symbols).
size_t symbol_count();

}  // namespace maglev::vm
