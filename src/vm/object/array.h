// RArray primitives for C++ code: creation, push, element access with bounds.
// Ruby's Array methods are in core/array.cc; these never call Ruby code.
#pragma once

#include <initializer_list>
#include <vector>

#include "vm/object/objects.h"

namespace maglev::vm {

struct Vm;

Value ary_new(Vm& vm, int64_t capa = 0);
Value ary_from(Vm& vm, const Value* items, int64_t n);
Value ary_of(Vm& vm, std::initializer_list<Value> items);
inline RArray* ary_ptr(Value v) { return v.as<RArray>(); }
inline int64_t ary_len(Value v) { return v.as<RArray>()->len; }
inline Value ary_at(Value v, int64_t i) {   // nil outside 0..len-1
  RArray* a = v.as<RArray>();
  return i >= 0 && i < a->len ? a->ptr[i] : Value::nil();
}
bool is_array(Value v);
void ary_push(Vm& vm, Value a, Value v);
void ary_reserve(Vm& vm, RArray* a, int64_t capa);
// The sweeper's part: frees a malloc'd buffer; returns the bytes it had noted.
int64_t ary_free_buffer(RArray* a);
void ary_store(Vm& vm, Value a, int64_t i, Value v);   // grows with nils
void ary_clear(Value a);
Value ary_dup(Vm& vm, Value a);

}  // namespace maglev::vm
