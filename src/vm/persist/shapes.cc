// Shapes: finding or creating the layout of an object's instance variables when it is
// written, reading a layout named by a record, and the slots of its names per class.
#include "vm/persist/shapes.h"

#include <algorithm>

#include "vm/core/core.h"

namespace maglev::vm::persist {

bool Shapes::matches(uint32_t index, const std::vector<SymId>& names, uint32_t k) const {
  if (index >= shapes_.size()) return false;
  const Shape& s = shapes_[index];
  return s.oop != 0 && s.names.size() == k && std::equal(s.names.begin(), s.names.end(), names.begin());
}

uint32_t Shapes::add(uint64_t oop, std::vector<SymId> names) {
  auto index = static_cast<uint32_t>(shapes_.size());
  by_names_.emplace(names, index);
  shapes_.push_back(Shape{oop, std::move(names), nullptr, {}});
  by_oop_.emplace(oop, index);
  return index;
}

// Whether shape `index` names all `set` ivars of `o`.
bool Shapes::covers(uint32_t index, RObject* o, RClass* klass, uint32_t set) {
  if (index >= shapes_.size()) return false;
  uint32_t named = 0;
  for (uint32_t slot : slots(index, klass)) named += slot < o->ivlen && !o->ivs[slot].is_undef();
  return named == set;
}

uint32_t Shapes::for_object(txn::Session& session, RObject* o, RClass* klass, Status* error) {
  const std::vector<SymId>& names = klass->ext->iv_names;
  auto k = static_cast<uint32_t>(std::min<size_t>(o->ivlen, names.size()));
  uint32_t set = 0;
  for (uint32_t i = 0; i < k; ++i) set += !o->ivs[i].is_undef();
  if (o->basic.aux != 0 && covers(o->basic.aux - 1, o, klass, set)) return o->basic.aux - 1;
  while (k > 0 && o->ivs[k - 1].is_undef()) --k;
  if (k == 0) return kNone;
  if (matches(last_, names, k)) return last_;
  std::vector<SymId> key(names.begin(), names.begin() + k);
  if (auto it = by_names_.find(key); it != by_names_.end()) return last_ = it->second;
  auto oop = session.allocate();
  if (!oop.ok()) {
    *error = oop.status();
    return kFailed;
  }
  last_ = add(*oop, std::move(key));
  unwritten_.push_back(last_);
  return last_;
}

bool Shapes::read(txn::Session& session, uint64_t oop, uint32_t* index, Status* error) {
  if (last_ < shapes_.size() && shapes_[last_].oop == oop) {
    *index = last_;
    return true;
  }
  if (auto it = by_oop_.find(oop); it != by_oop_.end()) {
    *index = last_ = it->second;
    return true;
  }
  auto got = session.read(oop);
  if (!got.ok()) {
    *error = got.status();
    return false;
  }
  if (!got->has_value()) return false;
  const std::vector<uint8_t>& bytes = (*got)->bytes;
  Reader r(bytes.data(), bytes.size());
  if (r.u8() != kShapeRecord) return false;
  r.u8();
  uint64_t n = r.varint();
  std::vector<SymId> names;
  for (uint64_t i = 0; i < n && !r.bad; ++i) names.push_back(intern(r.bytes()));
  if (r.bad) return false;
  // A VM that reads a shape writes objects with the same names through it (the same
  // bytes, so digests of unchanged objects stay equal).
  auto known = by_names_.find(names);
  if (known == by_names_.end()) {
    *index = last_ = add(oop, std::move(names));
  } else {
    *index = last_ = static_cast<uint32_t>(shapes_.size());
    shapes_.push_back(Shape{oop, std::move(names), nullptr, {}});
    by_oop_.emplace(oop, *index);
  }
  return true;
}

const std::vector<uint32_t>& Shapes::slots(uint32_t index, RClass* klass) {
  Shape& s = shapes_[index];
  if (s.slots_for != klass) {
    s.slots.clear();
    for (SymId name : s.names) s.slots.push_back(iv_slot(klass, name));
    s.slots_for = klass;
  }
  return s.slots;
}

void Shapes::encode(uint32_t index, Writer& w) const {
  const Shape& s = shapes_[index];
  w.u8(kShapeRecord);
  w.u8(0);
  w.varint(s.names.size());
  for (SymId name : s.names) w.bytes(sym_name(name));
}

}  // namespace maglev::vm::persist
