// libFuzzer target for the Ruby front end: any byte string must parse to a tree or
// to syntax errors, never crash, hang, leak or read out of bounds (ASan/UBSan).
// Build: CXX=clang++ meson setup build-fuzz -Dfuzz=true -Db_sanitize=address,undefined
// Run:   build-fuzz/test/fuzz/parse_fuzz test/fuzz/corpus/parse -max_len=4096
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "vm/parse/parser.h"

namespace {

// Walks the tree checking that every child pointer is a node of a known kind.
size_t check_tree(const maglev::vm::parse::Node* n, int depth) {
  if (n == nullptr || depth > 100000) return 0;
  if (static_cast<int>(n->kind) >= maglev::vm::parse::kNodeKindCount) std::abort();
  size_t count = 1;
  for (const auto* c : {n->a, n->b, n->c, n->d}) count += check_tree(c, depth + 1);
  for (const auto* c : n->list) count += check_tree(c, depth + 1);
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view src(reinterpret_cast<const char*>(data), size);
  maglev::vm::parse::ParseOptions opts;
  opts.file = "fuzz.rb";
  if (size > 0 && data[0] == 'E') opts.outer_locals = {{"x", "y"}, {"z"}};
  maglev::vm::parse::ParseResult r = maglev::vm::parse::parse(src, opts);
  if (r.errors.empty()) {
    if (r.root == nullptr) std::abort();
    check_tree(r.root, 0);
    std::string d = maglev::vm::parse::dump(r.root);
    if (d.empty()) std::abort();
  } else {
    if (r.root != nullptr) std::abort();
    if (r.errors[0].message.empty()) std::abort();
  }
  return 0;
}
