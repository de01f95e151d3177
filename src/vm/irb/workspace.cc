// The irb workspace (workspace.h). Each input is parsed as if it ran inside a scope
// holding the session's locals (ParseOptions::outer_locals), so it reads and assigns
// them as an eval in a binding would. Locals an input introduces are added to that
// scope before it runs: a first parse finds them, the Env grows, and a second parse
// resolves them to the grown Env, so their values survive the input.
#include "vm/irb/workspace.h"

#include <algorithm>
#include <cctype>

#include "vm/compile/compiler.h"
#include "vm/core/core.h"

namespace maglev::vm::irb {

namespace {

constexpr const char* kFile = "(irb)";

std::string syntax_message(const parse::ParseResult& r) {
  std::string msg;
  for (const auto& e : r.errors) {
    if (!msg.empty()) msg.push_back('\n');
    msg += e.to_string();
  }
  return msg;
}

}  // namespace

Workspace::Workspace(Vm& vm) : vm_(vm) { grow({"_"}); }

Workspace::~Workspace() {
  auto& roots = vm_.extra_roots;
  auto it = std::find(roots.begin(), roots.end(), Value::object(env_));
  if (it != roots.end()) roots.erase(it);
}

parse::ParseOptions Workspace::parse_options(int line) const {
  parse::ParseOptions po;
  po.file = kFile;
  po.line = line;
  po.outer_locals.push_back(names_);
  return po;
}

// Gives env_ room for `new_names` too, in place: blocks made by earlier inputs hold
// env_ as their outer scope and must see the same variables afterwards. The Env's code
// is a body-less top-level Code that only names the slots (Binding and eval inside the
// session read local_names from it).
void Workspace::grow(const std::vector<std::string>& new_names) {
  auto* rc = vm_.heap.make<RCode>(HeapType::kCode, nullptr);
  rc->code = new Code();
  Code* code = rc->code;
  code->kind = Code::Kind::kTop;
  code->name = "<main>";
  code->file = kFile;
  std::vector<std::string> names = names_;
  names.insert(names.end(), new_names.begin(), new_names.end());
  for (const std::string& n : names) code->local_names.push_back(intern(n));
  code->nlocals = static_cast<uint32_t>(names.size());

  if (env_ == nullptr) {
    env_ = vm_.heap.make<REnv>(HeapType::kEnv, nullptr);   // rc: found on the stack
    env_->n = 0;
    env_->slots = env_->inline_slots;
    env_->outer = nullptr;
    vm_.extra_roots.push_back(Value::object(env_));
  }
  // No allocation on the VM heap from here on: the collector sees either the old
  // slots and count or the new ones.
  uint32_t n = code->nlocals;
  Value* slots = n <= REnv::kInline ? env_->inline_slots : new Value[n];
  if (slots != env_->slots)
    for (uint32_t i = 0; i < n; ++i) slots[i] = i < env_->n ? env_->slots[i] : Value::nil();
  else
    for (uint32_t i = env_->n; i < n; ++i) slots[i] = Value::nil();
  Value* old = env_->slots;
  env_->slots = slots;
  env_->n = n;
  if (old != slots && old != env_->inline_slots) delete[] old;
  env_->code = rc;
  names_ = std::move(names);
}

Value Workspace::eval(const std::string& source, int line) {
  parse::ParseResult r = parse::parse(source, parse_options(line));
  if (!r.errors.empty()) vm_.raise(vm_.eSyntaxError, syntax_message(r));
  if (!r.top_locals.empty()) {
    std::vector<std::string> fresh;
    for (const std::string& n : r.top_locals)
      if (!n.empty() && std::find(names_.begin(), names_.end(), n) == names_.end() &&
          std::find(fresh.begin(), fresh.end(), n) == fresh.end())
        fresh.push_back(n);
    // Hidden locals (names CRuby cannot spell, e.g. for-loop temporaries) stay in
    // the input's own scope.
    fresh.erase(std::remove_if(fresh.begin(), fresh.end(),
                               [](const std::string& n) {
                                 unsigned char c = static_cast<unsigned char>(n[0]);
                                 return !(c == '_' || std::isalpha(c) || c >= 0x80);
                               }),
                fresh.end());
    if (!fresh.empty()) {
      grow(fresh);
      r = parse::parse(source, parse_options(line));
      if (!r.errors.empty()) vm_.raise(vm_.eSyntaxError, syntax_message(r));
    }
  }
  RCode* code = compile_program(vm_, r.root, kFile, CompileKind::kProgram,
                                r.frozen_string_literal);
  return vm_.run_code(code, vm_.main_obj, vm_.top_cref, vm_.cObject, env_);
}

void Workspace::set_last_value(Value v) { env_->slots[0] = v; }

std::optional<Value> Workspace::local_value(const std::string& name) const {
  for (size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return env_->slots[i];
  return std::nullopt;
}

}  // namespace maglev::vm::irb
