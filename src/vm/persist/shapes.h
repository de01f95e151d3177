// Instance-variable layouts ("shapes"): a user object's record names its layout by id
// and carries only the values, instead of every object repeating its ivar names. A shape
// is an immutable record (a list of names) shared by every object whose class has those
// names first, in that order; a VM creates one the first time it writes such an object,
// and any VM may read it. Shapes are never refreshed or garbage: nothing changes them.
// Internal to src/vm/persist.
#pragma once

#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "txn/txn.h"
#include "vm/object/class.h"
#include "vm/persist/wire.h"

namespace maglev::vm {
struct Vm;
}

namespace maglev::vm::persist {

// The first byte of a shape's record (where an object's record has its heap type).
inline constexpr uint8_t kShapeRecord = 0xfe;

class Shapes {
 public:
  struct Shape {
    uint64_t oop = 0;
    std::vector<SymId> names;
    RClass* slots_for = nullptr;   // the class `slots` were computed for
    std::vector<uint32_t> slots;   // names[i]'s slot in slots_for's instances
  };

  // The shape to write `o` (an instance of `klass`) with: the one it was last read or
  // written with (RBasic::aux holds its index + 1) while that still names every ivar it
  // has, so an unchanged object encodes to the bytes it was read from; else the one for
  // its class's first names up to its last set ivar, created (with a new id, written
  // at the next commit) when none exists. kNone when it has no ivars; kFailed with
  // `error` when no id could be allocated.
  static constexpr uint32_t kNone = UINT32_MAX, kFailed = UINT32_MAX - 1;
  uint32_t for_object(txn::Session& session, RObject* o, RClass* klass, Status* error);
  // The shape with id `oop`, read from the repository when not known yet; its index.
  // false when there is no such shape or its record is malformed.
  bool read(txn::Session& session, uint64_t oop, uint32_t* index, Status* error);
  const Shape& at(uint32_t index) const { return shapes_[index]; }
  // Slots of shape `index`'s names in instances of `klass` (interned once per class).
  const std::vector<uint32_t>& slots(uint32_t index, RClass* klass);

  // Shapes created since the last successful commit: the commit writes their records.
  const std::vector<uint32_t>& unwritten() const { return unwritten_; }
  void encode(uint32_t index, Writer& w) const;
  void written() { unwritten_.clear(); }

 private:
  bool matches(uint32_t index, const std::vector<SymId>& names, uint32_t k) const;
  bool covers(uint32_t index, RObject* o, RClass* klass, uint32_t set);
  uint32_t add(uint64_t oop, std::vector<SymId> names);

  std::vector<Shape> shapes_;
  std::unordered_map<uint64_t, uint32_t> by_oop_;
  std::map<std::vector<SymId>, uint32_t> by_names_;
  std::vector<uint32_t> unwritten_;
  uint32_t last_ = UINT32_MAX;    // the shape found last (objects come in runs of a class)
};

}  // namespace maglev::vm::persist
