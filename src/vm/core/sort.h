// The sort shared by Array#sort/sort!/sort_by and Enumerable: a stable merge sort that
// always compares (earlier, later), so a failed comparison names its operands in the
// order CRuby's sort reports them.
#pragma once

#include <algorithm>
#include <cstddef>

#include "vm/runtime.h"

namespace maglev::vm {

// -1, 0 or 1 for a <=> b (fast for Integers and Strings), or for the block's verdict
// when `block` is not nil; ArgumentError when they do not compare (core/array.cc).
int sort_cmp(Vm& vm, Value a, Value b, Value block);

// Sorts v[0, n) by cmp(a, b) (an int like <=>), using tmp[0, n) as scratch. REQUIRES:
// both ranges are visible to the collector when cmp can run Ruby code.
template <typename Cmp>
void merge_sort(Value* v, Value* tmp, size_t n, const Cmp& cmp) {
  if (n < 2) return;
  if (n <= 8) {
    for (size_t i = 1; i < n; ++i) {
      Value x = v[i];
      size_t j = i;
      while (j > 0 && cmp(v[j - 1], x) > 0) {
        v[j] = v[j - 1];
        --j;
      }
      v[j] = x;
    }
    return;
  }
  size_t mid = n / 2;
  merge_sort(v, tmp, mid, cmp);
  merge_sort(v + mid, tmp, n - mid, cmp);
  size_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) tmp[k++] = cmp(v[i], v[j]) > 0 ? v[j++] : v[i++];
  while (i < mid) tmp[k++] = v[i++];
  while (j < n) tmp[k++] = v[j++];
  std::copy(tmp, tmp + n, v);
}

}  // namespace maglev::vm
