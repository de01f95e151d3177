// maglev-parse-dump: prints the AST dump (or the syntax error) of a file or stdin.
// A developer tool for the parser's tests; not installed.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "vm/parse/parser.h"

int main(int argc, char** argv) {
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
  std::printf("%s\n", maglev::vm::parse::dump(r.root).c_str());
  return 0;
}
