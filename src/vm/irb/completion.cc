// Completion candidates (completion.h).
#include "vm/irb/completion.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "vm/core/core.h"

namespace maglev::vm::irb {

namespace {

const char* const kKeywords[] = {
#define X(kind, spelling) spelling,
#include "vm/parse/keyword.def"
#undef X
};

bool is_ident_start(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalpha(u) || c == '_' || u >= 0x80;
}
bool is_ident(std::string_view s) {
  if (s.empty() || !is_ident_start(s[0])) return false;
  for (char c : s)
    if (!(is_ident_start(c) || std::isdigit(static_cast<unsigned char>(c)))) return false;
  return true;
}
bool is_const_path(std::string_view s) {
  if (s.starts_with("::")) s.remove_prefix(2);
  while (true) {
    size_t p = s.find("::");
    std::string_view part = s.substr(0, p);
    if (part.empty() || !std::isupper(static_cast<unsigned char>(part[0])) || !is_ident(part))
      return false;
    if (p == std::string_view::npos) return true;
    s.remove_prefix(p + 2);
  }
}
bool is_number(std::string_view s, bool* is_float) {
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  if (s.empty() || !std::isdigit(static_cast<unsigned char>(s[0]))) return false;
  *is_float = false;
  for (char c : s) {
    if (c == '.') *is_float = true;
    else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  return true;
}

// Symbols in an Array value, as strings (nothing on errors).
void add_names(Value ary, std::vector<std::string>* out) {
  if (!is_array(ary)) return;
  for (int64_t i = 0; i < ary_len(ary); ++i) {
    Value v = ary_at(ary, i);
    if (v.is_symbol()) out->push_back(sym_name(v.symbol_id()));
    else if (is_string(v)) out->push_back(str_std(v));
  }
}

class Completion {
 public:
  Completion(Vm& vm, const Workspace& ws) : vm_(vm), ws_(ws) {}

  std::vector<std::string> run(const std::string& word) {
    size_t dcolon = word.rfind("::");
    size_t dot = word.rfind('.');
    if (dcolon != std::string::npos && (dot == std::string::npos || dot < dcolon)) {
      std::string recv = word.substr(0, dcolon), prefix = word.substr(dcolon + 2);
      if (recv.empty()) {   // ::Foo
        constants_of(vm_.cObject, "::", prefix);
      } else if (auto v = value_of(recv)) {
        if (is_class_value(*v)) constants_of(as_class(*v), recv + "::", prefix);
        methods_of(*v, recv + "::", prefix);
      }
    } else if (dot != std::string::npos && dot > 0) {
      std::string recv = word.substr(0, dot), prefix = word.substr(dot + 1);
      if (auto v = value_of(recv)) methods_of(*v, recv + ".", prefix);
      else if (RClass* k = literal_class(recv)) instance_methods_of(k, recv + ".", prefix);
    } else if (word.starts_with("@")) {
      try {
        for (SymId s : vm_.ivar_names(vm_.main_obj)) add("", sym_name(s), word);
      } catch (RubyError&) {
      }
    } else if (word.starts_with("$")) {
      for (auto& [name, v] : vm_.globals) add("", sym_name(name), word);
    } else if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) {
      constants_of(vm_.cObject, "", word);
      private_and_public_methods_of_main(word);
    } else {
      for (const std::string& l : ws_.local_names()) add("", l, word);
      private_and_public_methods_of_main(word);
      for (const char* k : kKeywords) add("", k, word);
    }
    std::sort(out_.begin(), out_.end());
    out_.erase(std::unique(out_.begin(), out_.end()), out_.end());
    return out_;
  }

 private:
  void add(const std::string& head, const std::string& name, const std::string& prefix) {
    if (name.starts_with(prefix) && !name.empty()) out_.push_back(head + name);
  }

  // A receiver's value when looking at it runs no user code: locals, constants,
  // self, instance and global variables.
  std::optional<Value> value_of(const std::string& recv) {
    try {
      if (recv == "self") return vm_.main_obj;
      if (recv.starts_with("@") && is_ident(std::string_view(recv).substr(recv[1] == '@' ? 2 : 1)))
        return vm_.ivar_get(vm_.main_obj, intern(recv));
      if (recv.starts_with("$") && is_ident(std::string_view(recv).substr(1)))
        return vm_.gvar_get(intern(recv));
      if (is_ident(recv) && !std::isupper(static_cast<unsigned char>(recv[0])))
        return ws_.local_value(recv);
      if (is_const_path(recv)) {
        std::string_view s = recv;
        Value cur = Value::object(vm_.cObject);
        if (s.starts_with("::")) s.remove_prefix(2);
        while (!s.empty()) {
          size_t p = s.find("::");
          std::string part(s.substr(0, p));
          if (!is_class_value(cur) || !vm_.const_defined(as_class(cur), intern(part)))
            return std::nullopt;
          cur = vm_.const_get(as_class(cur), intern(part));
          if (p == std::string_view::npos) break;
          s.remove_prefix(p + 2);
        }
        return cur;
      }
    } catch (RubyError&) {
    }
    return std::nullopt;
  }

  // The class of a literal receiver, irb's way (by its look, without running it).
  RClass* literal_class(const std::string& recv) {
    char f = recv[0], l = recv.back();
    bool is_float = false;
    if ((f == '"' && l == '"') || (f == '\'' && l == '\'')) return vm_.cString;
    if (f == '[' && l == ']') return vm_.cArray;
    if (f == '{' && l == '}') return vm_.cHash;
    if (f == '/' && l == '/') return vm_.cRegexp;
    if (f == ':' && is_ident(std::string_view(recv).substr(1))) return vm_.cSymbol;
    if (is_number(recv, &is_float)) return is_float ? vm_.cFloat : vm_.cInteger;
    if (recv == "nil") return vm_.cNilClass;
    if (recv == "true") return vm_.cTrueClass;
    if (recv == "false") return vm_.cFalseClass;
    return nullptr;
  }

  void methods_of(Value v, const std::string& head, const std::string& prefix) {
    std::vector<std::string> names;
    try {
      add_names(vm_.call(v, intern("methods")), &names);
    } catch (RubyError&) {
    }
    for (const std::string& n : names) add(head, n, prefix);
  }

  void instance_methods_of(RClass* k, const std::string& head, const std::string& prefix) {
    std::vector<std::string> names;
    try {
      add_names(vm_.call(Value::object(k), intern("instance_methods")), &names);
    } catch (RubyError&) {
    }
    for (const std::string& n : names) add(head, n, prefix);
  }

  void constants_of(RClass* k, const std::string& head, const std::string& prefix) {
    std::vector<std::string> names;
    try {
      add_names(vm_.call(Value::object(k), intern("constants")), &names);
    } catch (RubyError&) {
    }
    for (const std::string& n : names) add(head, n, prefix);
  }

  void private_and_public_methods_of_main(const std::string& prefix) {
    std::vector<std::string> names;
    try {
      add_names(vm_.call(vm_.main_obj, intern("methods")), &names);
      add_names(vm_.call(vm_.main_obj, intern("private_methods")), &names);
    } catch (RubyError&) {
    }
    for (const std::string& n : names) add("", n, prefix);
  }

  Vm& vm_;
  const Workspace& ws_;
  std::vector<std::string> out_;
};

}  // namespace

std::vector<std::string> complete(Vm& vm, const Workspace& ws, const std::string& word) {
  try {
    return Completion(vm, ws).run(word);
  } catch (...) {
    return {};
  }
}

}  // namespace maglev::vm::irb
