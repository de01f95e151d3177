// AST kind names and the S-expression dump (field order from ast.def). Knows nothing
// of parsing; must never change a tree it prints.
#include "vm/parse/ast.h"

#include <cstdio>
#include <cstdlib>

namespace maglev::vm::parse {

namespace {

struct KindInfo {
  const char* name;
  const char* fields;
};

constexpr KindInfo kKinds[] = {
#define X(kind, name, fields) {name, fields},
#include "vm/parse/ast.def"
#undef X
};

// Length of the valid UTF-8 sequence at s[i] (0 when invalid).
size_t utf8_seq(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  }
  return n;
}

// Prints a string literal: C escapes, valid UTF-8 as is, other bytes as \xNN.
void quote(std::string& out, const std::string& s) {
  out += '"';
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char ch = static_cast<unsigned char>(s[i]);
    if (ch >= 0x80) {
      size_t n = utf8_seq(s, i);
      if (n) {
        out.append(s, i, n);
        i += n - 1;
        continue;
      }
    }
    switch (ch) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case 0x1b: out += "\\e"; break;
      default:
        if (ch < 0x20 || ch >= 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02X", ch);
          out += buf;
        } else {
          out += static_cast<char>(ch);
        }
    }
  }
  out += '"';
}

void dump_into(std::string& out, const Node* n, int depth) {
  if (n == nullptr) { out += '_'; return; }
  if (depth > 2000) { out += "..."; return; }
  const KindInfo& info = kKinds[static_cast<int>(n->kind)];
  out += '(';
  out += info.name;
  for (const char* f = info.fields; *f; ++f) {
    if (*f == ' ') continue;
    if (*f == 'f' && n->flags == 0) continue;
    out += ' ';
    switch (*f) {
      case 'a': dump_into(out, n->a, depth + 1); break;
      case 'b': dump_into(out, n->b, depth + 1); break;
      case 'c': dump_into(out, n->c, depth + 1); break;
      case 'd': dump_into(out, n->d, depth + 1); break;
      case 's': out += n->str; break;
      case 'q': quote(out, n->str); break;
      case 'n': out += std::to_string(n->num); break;
      case 'F': {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.15g", n->fnum);
        if (std::strtod(buf, nullptr) != n->fnum) std::snprintf(buf, sizeof buf, "%.17g", n->fnum);
        out += buf;
        break;
      }
      case 'f': out += "f=" + std::to_string(n->flags); break;
      case 'l': {
        out += '[';
        for (size_t i = 0; i < n->list.size(); ++i) {
          if (i) out += ' ';
          dump_into(out, n->list[i], depth + 1);
        }
        out += ']';
        break;
      }
      case 'L': {
        out += '{';
        for (size_t i = 0; i < n->locals.size(); ++i) {
          if (i) out += ' ';
          out += n->locals[i];
        }
        out += '}';
        break;
      }
      default: break;
    }
  }
  out += ')';
}

}  // namespace

const char* node_kind_name(NodeKind kind) {
  return kKinds[static_cast<int>(kind)].name;
}

std::string dump(const Node* node) {
  std::string out;
  dump_into(out, node, 0);
  return out;
}

}  // namespace maglev::vm::parse
