// RArray primitives (array.h): up to RArray::kEmbed elements live in the object, more
// in a malloc'd Value buffer growing geometrically.
#include "vm/object/array.h"

#include <cstddef>
#include <cstdlib>
#include <cstring>

#include "vm/runtime.h"

namespace maglev::vm {

void ary_reserve(Vm& vm, RArray* a, int64_t capa) {
  int64_t have = a->capacity();
  if (capa <= have) return;
  int64_t ncapa = have < 4 ? 4 : have;
  while (ncapa < capa) ncapa += ncapa / 2 + 1;
  auto bytes = static_cast<size_t>(ncapa) * sizeof(Value);
  if (a->embedded()) {
    auto* p = static_cast<Value*>(std::malloc(bytes));
    if (p == nullptr) std::abort();
    // Before capa overwrites the embedded elements.
    std::memcpy(static_cast<void*>(p), a->embed, static_cast<size_t>(a->len) * sizeof(Value));
    a->ptr = p;
    a->basic.aux = 0;
    vm.heap.note_external(static_cast<int64_t>(bytes));
  } else {
    a->ptr = static_cast<Value*>(std::realloc(static_cast<void*>(a->ptr), bytes));
    if (a->ptr == nullptr) std::abort();
    vm.heap.note_external((ncapa - a->capa) * static_cast<int64_t>(sizeof(Value)));
  }
  a->capa = ncapa;
}

int64_t ary_free_buffer(RArray* a) {
  if (a->embedded()) return 0;
  std::free(a->ptr);
  return a->capa * static_cast<int64_t>(sizeof(Value));   // not embedded: capa is valid
}

namespace {
constexpr size_t kHead = offsetof(RArray, embed);
static_assert(kHead == 40 && sizeof(RArray) == 80);

// An embedded array with room for kRoom elements in a slot of its size (a constant
// size, so the allocation's clearing is inline stores).
template <int kRoom>
Value ary_new_embedded(Vm& vm) {
  auto* a = reinterpret_cast<RArray*>(
      vm.heap.allocate(kHead + kRoom * sizeof(Value), HeapType::kArray, vm.cArray));
  a->ptr = a->embed;
  a->basic.aux = kRoom;
  return Value::object(a);
}
}  // namespace

// Up to 2 elements (a 56-byte slot), 3 (64 bytes) or 5 (80 bytes) live in the object; an
// empty array gets room for 5; longer ones have a malloc'd buffer (a 48-byte slot: the
// object then ends after `capa`).
Value ary_new(Vm& vm, int64_t capa) {
  if (capa > RArray::kEmbed) {
    auto* a = reinterpret_cast<RArray*>(
        vm.heap.allocate(kHead + sizeof(int64_t), HeapType::kArray, vm.cArray));
    ary_reserve(vm, a, capa);
    return Value::object(a);
  }
  if (capa == 1 || capa == 2) return ary_new_embedded<2>(vm);
  if (capa == 3) return ary_new_embedded<3>(vm);
  return ary_new_embedded<RArray::kEmbed>(vm);
}

Value ary_from(Vm& vm, const Value* items, int64_t n) {
  if (n == 1 || n == 2) {   // binary_trees' pairs: no calls at all (memcpy was one)
    Value v = ary_new_embedded<2>(vm);
    RArray* a = ary_ptr(v);
    a->ptr[0] = items[0];
    if (n == 2) a->ptr[1] = items[1];
    a->len = n;
    return v;
  }
  // items may live on the value stack: copy before anything can move them.
  Value v = ary_new(vm, n);
  RArray* a = ary_ptr(v);
  if (n) std::memcpy(static_cast<void*>(a->ptr), items, static_cast<size_t>(n) * sizeof(Value));
  a->len = n;
  return v;
}

Value ary_of(Vm& vm, std::initializer_list<Value> items) {
  return ary_from(vm, items.begin(), static_cast<int64_t>(items.size()));
}

bool is_array(Value v) { return v.is_heap() && v.heap()->type == HeapType::kArray; }

void ary_push(Vm& vm, Value av, Value v) {
  RArray* a = ary_ptr(av);
  write_barrier(&a->basic);
  if (a->len == a->capacity()) ary_reserve(vm, a, a->len + 1);
  a->ptr[a->len++] = v;
}

void ary_store(Vm& vm, Value av, int64_t i, Value v) {
  RArray* a = ary_ptr(av);
  write_barrier(&a->basic);
  if (i >= a->len) {
    ary_reserve(vm, a, i + 1);
    for (int64_t k = a->len; k < i; ++k) a->ptr[k] = Value::nil();
    a->len = i + 1;
  }
  a->ptr[i] = v;
}

void ary_clear(Value av) {
  write_barrier(av.heap());
  ary_ptr(av)->len = 0;
}

Value ary_dup(Vm& vm, Value av) {
  return ary_from(vm, ary_ptr(av)->ptr, ary_ptr(av)->len);
}

}  // namespace maglev::vm
