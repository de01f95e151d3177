// The intern table behind symbol.h: a hash map from name to id and a vector back.
#include "vm/object/symbol.h"

#include <deque>
#include <unordered_map>

namespace maglev::vm {
namespace {

struct SymbolTable {
  std::deque<std::string> names;   // stable addresses for the string_view keys
  std::unordered_map<std::string_view, SymId> ids;
  SymbolTable() {
    static const char* const kPredefined[] = {
#define SYM(c, s) s,
#include "vm/object/symbols.def"
#undef SYM
    };
    for (const char* s : kPredefined) add(s);
  }
  SymId add(std::string_view name) {
    names.emplace_back(name);
    SymId id = static_cast<SymId>(names.size() - 1);
    ids.emplace(names.back(), id);
    return id;
  }
};

SymbolTable& table() {
  static SymbolTable t;
  return t;
}

}  // namespace

SymId intern(std::string_view name) {
  SymbolTable& t = table();
  auto it = t.ids.find(name);
  if (it != t.ids.end()) return it->second;
  return t.add(name);
}

const std::string& sym_name(SymId id) { return table().names[id]; }

size_t symbol_count() { return table().names.size(); }

}  // namespace maglev::vm
