// The intern table behind symbol.h: names in a deque (stable addresses, id order) and an
// open-addressing hash index over them. Boot interns ~3,000 names (the predefined ones,
// the prelude image's tables, the native methods), so an intern is a hash and, usually,
// one probe and one compare: no node allocation, no rehash until the table is half full.
#include "vm/object/symbol.h"

#include <xxhash.h>

#include <cstdint>
#include <deque>
#include <vector>

namespace maglev::vm {
namespace {

class SymbolTable {
 public:
  SymbolTable() {
    static const char* const kPredefined[] = {
#define SYM(c, s) s,
#include "vm/object/symbols.def"
#undef SYM
    };
    slots_.assign(kInitialSlots, Slot{});
    for (const char* s : kPredefined) intern(s);
  }

  SymId intern(std::string_view name) {
    uint64_t h = XXH3_64bits(name.data(), name.size());
    auto tag = static_cast<uint32_t>(h >> 32);
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.id_plus_one == 0) return add(name, tag, i);
      if (s.tag == tag && names_[s.id_plus_one - 1] == name) return s.id_plus_one - 1;
    }
  }

  const std::string& name(SymId id) const { return names_[id]; }
  size_t size() const { return names_.size(); }

 private:
  static constexpr size_t kInitialSlots = 8192;   // a power of two
  struct Slot {
    uint32_t tag = 0;          // the high half of the name's hash
    uint32_t id_plus_one = 0;  // 0: empty
  };

  SymId add(std::string_view name, uint32_t tag, size_t slot) {
    auto id = static_cast<SymId>(names_.size());
    names_.emplace_back(name);
    slots_[slot] = Slot{tag, id + 1};
    if (names_.size() * 2 > slots_.size()) grow();
    return id;
  }

  void grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id_plus_one == 0) continue;
      const std::string& n = names_[s.id_plus_one - 1];
      size_t i = XXH3_64bits(n.data(), n.size()) & mask;
      while (slots_[i].id_plus_one != 0) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  std::deque<std::string> names_;   // by id; sym_name hands out references into it
  std::vector<Slot> slots_;
};

SymbolTable& table() {
  static SymbolTable t;
  return t;
}

}  // namespace

SymId intern(std::string_view name) { return table().intern(name); }

const std::string& sym_name(SymId id) { return table().name(id); }

size_t symbol_count() { return table().size(); }

}  // namespace maglev::vm
