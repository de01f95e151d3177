// File's path-name functions, pure string work as CRuby's file.c does it on POSIX:
// basename, dirname (with a level), extname, join (nested and recursive arrays),
// expand_path (~ and ~user) and fnmatch (FNM_EXTGLOB braces, "**/" under FNM_PATHNAME).
#include <fnmatch.h>
#include <pwd.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <string>
#include <vector>

#include "vm/core/core.h"

namespace maglev::vm {

namespace {

// A path argument: a String, or what to_path / to_str give (rb_get_path).
std::string path_of(Vm& vm, Value v) {
  if (!is_string(v) && v.is_heap() && vm.respond_to(v, intern("to_path"), true)) v = vm.call(v, intern("to_path"));
  return str_std(to_str(vm, v));
}

// s without its trailing slashes; a path of slashes only keeps one.
std::string chomp_slashes(const std::string& s) {
  size_t n = s.size();
  while (n > 1 && s[n - 1] == '/') --n;
  return s.substr(0, n);
}

// The last component, ignoring trailing slashes ("/" for a path of slashes).
std::string last_component(const std::string& path) {
  std::string p = chomp_slashes(path);
  if (p == "/") return p;
  size_t slash = p.rfind('/');
  return slash == std::string::npos ? p : p.substr(slash + 1);
}

// One level of dirname: "." without a slash, "/" at the root; a run of leading
// slashes counts as one.
std::string dirname1(const std::string& path) {
  size_t lead = 0;
  while (lead < path.size() && path[lead] == '/') ++lead;
  std::string p = lead > 1 ? path.substr(lead - 1) : path;
  p = chomp_slashes(p);
  if (p == "/") return p;
  size_t slash = p.rfind('/');
  if (slash == std::string::npos) return ".";
  std::string d = chomp_slashes(p.substr(0, slash));
  return d.empty() ? "/" : d;
}

// The extension of the last component: from its last dot (leading dots do not
// count), "." for a trailing dot, "" without one.
std::string extname_of(const std::string& path) {
  std::string base = last_component(path);
  if (base == "/") return "";
  size_t i = 0;
  while (i < base.size() && base[i] == '.') ++i;
  size_t dot = base.rfind('.');
  if (dot == std::string::npos || dot < i) return "";
  return base.substr(dot);
}

void join_into(Vm& vm, std::string& out, bool& first, Value parts, std::vector<Value>& active);

// Appends one element of File.join: separators between the parts collapse to one.
void join_part(std::string& out, bool& first, const std::string& part) {
  if (!first) {
    size_t n = out.size();
    while (n > 0 && out[n - 1] == '/') --n;
    if (!part.empty() && part[0] == '/') out.resize(n);
    else if (n == out.size()) out += '/';
  }
  first = false;
  out += part;
}
void join_value(Vm& vm, std::string& out, bool& first, Value v, std::vector<Value>& active) {
  if (is_array(v)) {
    for (Value a : active)
      if (a == v) vm.raise(vm.eArgumentError, "recursive array");
    if (ary_len(v) == 0) {   // an empty array joins to ""
      join_part(out, first, "");
      return;
    }
    active.push_back(v);
    join_into(vm, out, first, v, active);
    active.pop_back();
    return;
  }
  join_part(out, first, path_of(vm, v));
}
void join_into(Vm& vm, std::string& out, bool& first, Value parts, std::vector<Value>& active) {
  for (int64_t i = 0; i < ary_len(parts); ++i) join_value(vm, out, first, ary_at(parts, i), active);
}

// FNM_EXTGLOB: every pattern a brace group stands for ("{a,b}c" -> "ac", "bc").
void expand_braces(const std::string& pat, std::vector<std::string>& out) {
  size_t open = std::string::npos;
  int depth = 0;
  for (size_t i = 0; i < pat.size(); ++i) {
    if (pat[i] == '\\' && i + 1 < pat.size()) { ++i; continue; }
    if (pat[i] == '{') {
      if (depth++ == 0) open = i;
    } else if (pat[i] == '}' && depth > 0 && --depth == 0) {
      std::vector<std::string> alts;
      size_t start = open + 1;
      int d = 0;
      for (size_t j = open + 1; j < i; ++j) {
        if (pat[j] == '\\' && j + 1 < i) { ++j; continue; }
        if (pat[j] == '{') ++d;
        else if (pat[j] == '}') --d;
        else if (pat[j] == ',' && d == 0) {
          alts.push_back(pat.substr(start, j - start));
          start = j + 1;
        }
      }
      alts.push_back(pat.substr(start, i - start));
      for (const std::string& a : alts) expand_braces(pat.substr(0, open) + a + pat.substr(i + 1), out);
      return;
    }
  }
  out.push_back(pat);
}

std::vector<std::string> split_slash(const std::string& s) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '/') {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

// FNM_PATHNAME matching segment by segment, a "**" segment standing for any number
// of directories (none starting with "." unless dotmatch).
bool match_segments(const std::vector<std::string>& pat, size_t pi, const std::vector<std::string>& path,
                    size_t si, int flags, bool dotmatch) {
  if (pi == pat.size()) return si == path.size();
  if (pat[pi] == "**" && pi + 1 < pat.size()) {
    for (size_t k = si; k <= path.size(); ++k) {
      if (match_segments(pat, pi + 1, path, k, flags, dotmatch)) return true;
      if (k < path.size() && !dotmatch && !path[k].empty() && path[k][0] == '.') return false;
    }
    return false;
  }
  if (si == path.size()) return false;
  return ::fnmatch(pat[pi].c_str(), path[si].c_str(), flags) == 0 &&
         match_segments(pat, pi + 1, path, si + 1, flags, dotmatch);
}

bool fnmatch_one(const std::string& pat, const std::string& path, int64_t rf) {
  int f = 0;
  if (rf & 1) f |= FNM_NOESCAPE;
  if (rf & 2) f |= FNM_PATHNAME;
  if (!(rf & 4)) f |= FNM_PERIOD;
  if (rf & 8) f |= FNM_CASEFOLD;
  if ((rf & 2) && pat.find("**/") != std::string::npos)
    return match_segments(split_slash(pat), 0, split_slash(path), 0, f, rf & 4);
  return ::fnmatch(pat.c_str(), path.c_str(), f) == 0;
}

}  // namespace

std::string path_normalize(const std::string& absolute_path) {
  std::vector<std::string> parts;
  for (const std::string& part : split_slash(absolute_path)) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      continue;
    }
    parts.push_back(part);
  }
  std::string r;
  for (const std::string& x : parts) r += "/" + x;
  return r.empty() ? "/" : r;
}

NATIVE(file_basename) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  std::string path = path_of(vm, argv[0]);
  if (path.empty()) return str_new(vm, "");
  std::string base = last_component(path);
  if (argc > 1 && base != "/") {
    std::string ext = str_std(to_str(vm, argv[1]));
    if (ext == ".*") {   // from the last dot past the leading ones (".." stays)
      size_t lead = 0;
      while (lead < base.size() && base[lead] == '.') ++lead;
      size_t dot = base.rfind('.');
      if (dot != std::string::npos && dot >= lead) base.resize(dot);
    } else if (base.size() > ext.size() && base.compare(base.size() - ext.size(), ext.size(), ext) == 0) {
      base.resize(base.size() - ext.size());
    }
  }
  return str_new(vm, base);
}
NATIVE(file_dirname) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  std::string path = path_of(vm, argv[0]);
  int64_t n = argc > 1 ? to_long(vm, argv[1]) : 1;
  if (n < 0) vm.raise(vm.eArgumentError, "negative level: " + std::to_string(n));
  for (int64_t i = 0; i < n && path != "." && path != "/"; ++i) path = dirname1(path);
  return str_new(vm, path);
}
NATIVE(file_extname) {
  UNUSED_ARGS;
  return str_new(vm, extname_of(path_of(vm, argv[0])));
}
NATIVE(file_join) {
  UNUSED_ARGS;
  std::string out;
  bool first = true;
  std::vector<Value> active;
  for (int i = 0; i < argc; ++i) join_value(vm, out, first, argv[i], active);
  return str_new(vm, out);
}
NATIVE(file_expand_path) {
  UNUSED_ARGS;
  check_args(vm, argc, 1, 2);
  std::string p = path_of(vm, argv[0]);
  std::string base;
  if (argc > 1 && !argv[1].is_nil()) {
    Value b = argv[1];
    base = str_std(to_str(vm, vm.call(self, intern("expand_path"), 1, &b)));
  } else {
    char buf[PATH_MAX];
    base = getcwd(buf, sizeof buf) ? buf : "/";
  }
  if (!p.empty() && p[0] == '~') {   // ~ is $HOME, ~user that user's home directory
    size_t end = p.find('/');
    std::string user = p.substr(1, end == std::string::npos ? std::string::npos : end - 1);
    std::string home;
    if (user.empty()) {
      const char* h = getenv("HOME");
      if (h == nullptr) vm.raise(vm.eArgumentError, "couldn't find login name -- expanding `~'");
      home = h;
    } else {
      struct passwd* pw = getpwnam(user.c_str());
      if (pw == nullptr) vm.raise(vm.eArgumentError, "user " + user + " doesn't exist");
      home = pw->pw_dir;
    }
    p = home + (end == std::string::npos ? "" : p.substr(end));
  }
  return str_new(vm, path_normalize(!p.empty() && p[0] == '/' ? p : base + "/" + p));
}
NATIVE(file_s_fnmatch) {
  UNUSED_ARGS;
  check_args(vm, argc, 2, 3);
  std::string pat = str_std(to_str(vm, argv[0])), path = path_of(vm, argv[1]);
  int64_t rf = argc > 2 ? to_long(vm, argv[2]) : 0;
  std::vector<std::string> pats;
  if (rf & 16) expand_braces(pat, pats);   // File::FNM_EXTGLOB
  else pats.push_back(pat);
  for (const std::string& p : pats)
    if (fnmatch_one(p, path, rf)) return Value::t();
  return Value::f();
}

void init_file_path(Vm& vm) {
  RClass* fm = singleton_class(vm, Value::object(vm.cFile));
  struct { const char* name; NativeFn fn; int arity; } fmethods[] = {
      {"basename", file_basename, -1}, {"dirname", file_dirname, -1}, {"extname", file_extname, 1},
      {"join", file_join, -1}, {"expand_path", file_expand_path, -1},
      {"fnmatch", file_s_fnmatch, -1}, {"fnmatch?", file_s_fnmatch, -1}};
  for (auto& m : fmethods) define_native(vm, fm, m.name, m.fn, m.arity);
}

}  // namespace maglev::vm
