// maglev-parse-dump: prints the AST dump (or the syntax error) of a file or stdin.
// A developer tool for the parser's tests; not installed.
#include <chrono>
#include <cstdio>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "vm/parse/parser.h"

// --bench FILE...: parses every file 5 times and prints bytes, nodes and MB/s.
int bench(int argc, char** argv) {
  std::vector<std::string> sources;
  size_t bytes = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    sources.push_back(ss.str());
    bytes += sources.back().size();
  }
  size_t nodes = 0, failed = 0;
  auto t0 = std::chrono::steady_clock::now();
  for (int rep = 0; rep < 5; ++rep) {
    for (const std::string& src : sources) {
      auto r = maglev::vm::parse::parse(src, {});
      nodes += r.ast->size();
      failed += !r.errors.empty();
    }
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("%zu files, %zu bytes x5, %zu nodes, %zu failed: %.3f s, %.1f MB/s\n",
              sources.size(), bytes, nodes / 5, failed / 5, s, 5.0 * bytes / s / 1e6);
  return 0;
}

// Prints the local table of every scope node, one line each, in pre-order.
void print_scopes(const maglev::vm::parse::Node* n) {
  using maglev::vm::parse::NodeKind;
  if (n == nullptr) return;
  switch (n->kind) {
    case NodeKind::kPROGRAM: case NodeKind::kDEF: case NodeKind::kDEFS: case NodeKind::kCLASS:
    case NodeKind::kSCLASS: case NodeKind::kMODULE: case NodeKind::kBLOCK: case NodeKind::kLAMBDA: {
      std::string line;
      for (const std::string& l : n->locals) {
        if (l.empty() || !(std::isalpha(static_cast<unsigned char>(l[0])) || l[0] == '_')) continue;
        line += (line.empty() ? "" : " ") + l;
      }
      std::printf("[%s]\n", line.c_str());
      break;
    }
    default:
      break;
  }
  for (const auto* c : {n->a, n->b, n->c, n->d}) print_scopes(c);
  for (const auto* c : n->list) print_scopes(c);
}

// Prints the name of every CALL node, one per line.
void print_calls(const maglev::vm::parse::Node* n) {
  if (n == nullptr) return;
  using maglev::vm::parse::NodeKind;
  if (n->kind == NodeKind::kCALL) std::printf("%s\n", n->str.c_str());
  // CRuby desugars `x += 1` on variables into a call of `+`; print it the same way
  if (n->kind == NodeKind::kOP_ASGN && n->str != "||" && n->str != "&&" &&
      (n->a->kind == NodeKind::kLASGN || n->a->kind == NodeKind::kIASGN ||
       n->a->kind == NodeKind::kGASGN || n->a->kind == NodeKind::kCVASGN ||
       (n->a->kind == NodeKind::kCDECL && n->a->b == nullptr && !n->a->flags)))
    std::printf("%s\n", n->str.c_str());
  for (const auto* c : {n->a, n->b, n->c, n->d}) print_calls(c);
  for (const auto* c : n->list) print_calls(c);
}

// Prints the bytes of every STR node in hex, one per line, in pre-order.
void print_strings(const maglev::vm::parse::Node* n) {
  if (n == nullptr) return;
  if (n->kind == maglev::vm::parse::NodeKind::kSTR) {
    for (unsigned char ch : n->str) std::printf("%02x", ch);
    std::printf("\n");
  }
  for (const auto* c : {n->a, n->b, n->c, n->d}) print_strings(c);
  for (const auto* c : n->list) print_strings(c);
}

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "--bench") return bench(argc, argv);
  // --scopes / --strings / --calls: print one facet of the tree (for comparisons with
  // CRuby's RubyVM::AbstractSyntaxTree) instead of the dump
  std::string mode;
  if (argc > 1 && std::string(argv[1]).starts_with("--")) {
    mode = argv[1];
    ++argv;
    --argc;
  }
  std::stringstream ss;
  std::string file = "-";
  if (argc > 1 && std::string(argv[1]) == "-e" && argc > 2) {
    ss << argv[2];
    file = "-e";
  } else if (argc > 1) {
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) { std::fprintf(stderr, "cannot open %s\n", argv[1]); return 2; }
    ss << in.rdbuf();
    file = argv[1];
  } else {
    ss << std::cin.rdbuf();
  }
  maglev::vm::parse::ParseOptions opts;
  opts.file = file;
  auto r = maglev::vm::parse::parse(ss.str(), opts);
  if (!r.errors.empty()) {
    for (auto& e : r.errors) std::fprintf(stderr, "%s\n", e.to_string().c_str());
    if (r.incomplete) std::fprintf(stderr, "(incomplete)\n");
    return 1;
  }
  if (mode == "--strings") print_strings(r.root);
  else if (mode == "--scopes") print_scopes(r.root);
  else if (mode == "--calls") print_calls(r.root);
  else std::printf("%s\n", maglev::vm::parse::dump(r.root).c_str());
  return 0;
}
