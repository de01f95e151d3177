// Commit, abort and begin as Ruby sees them. A commit walks everything reachable from
// the repository root (PERSISTENT_ROOT, persistent constants and classes): objects new
// to the repository get ids, every local copy whose bytes differ from what was read is
// written, and an unpersistable object stops the walk before anything is sent, naming
// the path that reached it. After a commit or abort the VM moves to the newest state
// and refreshes its copies of objects other VMs changed.

#include "vm/core/core.h"
#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace {

struct Parent {
  RBasic* from;
  Edge via;
};

class Walk {
 public:
  // dry_run: assign no ids and send nothing; only find out whether a commit would write.
  Walk(Vm& vm, bool dry_run) : vm_(vm), st_(store(vm)), dry_run_(dry_run) {}

  bool run() {
    ref_fn_ = [this](Value v, const Edge& via) { return ref(v, via); };
    Writer root;
    encode_root(vm_, root, ref_fn_);
    consider(txn::kRootOop, std::move(root.buf));
    while (!stack_.empty() && !(dry_run_ && !writes_.empty())) {
      RBasic* o = stack_.back();
      stack_.pop_back();
      current_ = o;
      Writer w;
      encode_object(vm_, o, w, ref_fn_);
      consider(o->oop, std::move(w.buf));
    }
    return !writes_.empty() || found_new_;
  }

  void undo() {
    for (RBasic* o : fresh_) {
      st_.loaded.erase(o->oop);
      o->oop = 0;
    }
    fresh_.clear();
  }

  std::vector<std::pair<uint64_t, std::vector<uint8_t>>>& writes() { return writes_; }

 private:
  void consider(uint64_t oop, std::vector<uint8_t> bytes) {
    auto it = st_.digest.find(oop);
    if (it != st_.digest.end() && it->second == digest_of(bytes)) return;
    writes_.emplace_back(oop, std::move(bytes));
  }

  uint64_t ref(Value v, const Edge& via) {
    RBasic* o = v.heap();
    if (o->oop != 0) {
      // Compiled code never changes once stored: its closure was written with it.
      if (o->type == HeapType::kCode && st_.digest.count(o->oop)) return o->oop;
      if (parents_.try_emplace(o, Parent{current_, via}).second) stack_.push_back(o);
      return o->oop;
    }
    parents_.try_emplace(o, Parent{current_, via});
    std::string why = unpersistable_reason(vm_, o);
    if (!why.empty()) fail(o, why);
    if (dry_run_) {
      found_new_ = true;
      return 0;
    }
    auto oop = st_.session.allocate();
    if (!oop.ok()) {
      undo();
      raise_maglev(vm_, "MaglevException", oop.status().to_string());
    }
    o->oop = *oop;
    st_.loaded[o->oop] = o;
    fresh_.push_back(o);
    stack_.push_back(o);
    return o->oop;
  }

  std::string label(RBasic* o, const Edge& e) {
    switch (e.kind) {
      case Edge::kIvar: return " -> " + sym_name(e.name);
      case Edge::kCvar: return " -> " + sym_name(e.name);
      case Edge::kIndex: return "[" + std::to_string(e.index) + "]";
      case Edge::kValueOf: return "[" + vm_.inspect(e.key) + "]";
      case Edge::kKey: return " -> (key " + vm_.inspect(e.key) + ")";
      case Edge::kConst: return "::" + sym_name(e.name);
      case Edge::kMethod: return " -> #" + sym_name(e.name);
      case Edge::kCaptured:
        return e.name ? " -> (captured " + sym_name(e.name) + ")" : std::string();
      case Edge::kDefault: return " -> (default)";
      case Edge::kClassOf: return " -> (class)";
      default: return (void)o, std::string();
    }
  }

  // The path from a root to `o`, e.g. "PERSISTENT_ROOT[:log] -> @file".
  std::string path_to(RBasic* o) {
    std::vector<std::string> parts;
    RBasic* at = o;
    for (int guard = 0; guard < 10000; ++guard) {
      auto it = parents_.find(at);
      if (it == parents_.end() || it->second.from == nullptr) break;
      parts.push_back(label(at, it->second.via));
      at = it->second.from;
    }
    std::string head;
    if (Value::object(at) == st_.persistent_root) {
      head = "PERSISTENT_ROOT";
    } else if (at->type == HeapType::kClass) {
      auto* c = reinterpret_cast<RClass*>(at);
      head = c == vm_.cObject ? "Object" : class_path(vm_, c);
    } else {
      head = vm_.inspect(Value::object(at));
    }
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) head += *it;
    if (head.starts_with("Object::")) head = head.substr(8);
    return head;
  }

  [[noreturn]] void fail(RBasic* o, const std::string& why) {
    std::string path = path_to(o);
    undo();
    raise_maglev(vm_, "NotPersistableException",
                 "cannot commit " + why + " (reached by " + path + ")");
  }

  Vm& vm_;
  Store& st_;
  bool dry_run_;
  bool found_new_ = false;
  RefFn ref_fn_;
  RBasic* current_ = nullptr;
  std::vector<RBasic*> stack_;
  std::unordered_map<RBasic*, Parent> parents_;   // how each object was reached (and seen)
  std::vector<RBasic*> fresh_;
  std::vector<std::pair<uint64_t, std::vector<uint8_t>>> writes_;
};

// Re-reads every local copy that other sessions changed since the previous snapshot
// (and those in `also`).
void refresh(Vm& vm, const std::vector<uint64_t>& also) {
  Store& st = store(vm);
  txn::Changes ch = st.session.changes();
  std::vector<uint64_t> oops = also;
  bool root = false;
  if (ch.everything) {
    for (auto& [oop, o] : st.loaded) oops.push_back(oop);
    root = true;
  } else {
    for (uint64_t oop : ch.oops) {
      if (oop == txn::kRootOop) root = true;
      else if (st.loaded.count(oop)) oops.push_back(oop);
    }
  }
  if (root) load_root(vm);
  for (uint64_t oop : oops) {
    if (oop == txn::kRootOop) continue;
    auto it = st.loaded.find(oop);
    if (it == st.loaded.end()) continue;
    auto got = st.session.read(oop);
    if (!got.ok()) raise_maglev(vm, "MaglevException", got.status().to_string());
    if (got->has_value()) refill(vm, it->second, **got);
  }
  ++vm.global_serial;
  ++vm.const_serial;
}

void begin_newest(Vm& vm) {
  auto b = store(vm).session.begin();
  if (!b.ok()) raise_maglev(vm, "MaglevException", b.status().to_string());
}

[[noreturn]] void raise_conflict(Vm& vm, const std::vector<uint64_t>& oops) {
  Store& st = store(vm);
  Value list = ary_new(vm);
  for (uint64_t oop : oops) {
    auto it = st.loaded.find(oop);
    ary_push(vm, list, it != st.loaded.end() ? Value::object(it->second) : int_new(vm, static_cast<int64_t>(oop)));
  }
  Value maglev = vm.const_get(vm.cObject, intern("Maglev"));
  RClass* k = vm.const_get(maglev.as<RClass>(), intern("CommitFailedException")).as<RClass>();
  Value exc = vm.make_exception(k, "commit failed: " + std::to_string(oops.size()) +
                                       " object(s) were changed by another session first");
  vm.ivar_set(exc, intern("@conflicts"), list);
  vm.raise(exc);
}

}  // namespace

void commit(Vm& vm) {
  Store& st = store(vm);
  if (!st.doomed.empty()) raise_conflict(vm, st.doomed);
  if (vm.persistent_mode) note_load_path(vm);
  Walk walk(vm, false);
  if (!walk.run()) {   // nothing to write: just move to the newest state
    st.session.abort();
    begin_newest(vm);
    refresh(vm, {});
    return;
  }
  for (auto& [oop, bytes] : walk.writes()) {
    Status s = st.session.write(oop, 0, bytes.data(), bytes.size());
    if (!s.ok()) {
      walk.undo();
      st.session.abort();
      raise_maglev(vm, "MaglevException", s.to_string());
    }
  }
  txn::CommitResult r = st.session.commit();
  if (r.status.code() == Errc::kConflict) {
    st.doomed = r.conflicts;
    raise_conflict(vm, r.conflicts);
  }
  if (!r.ok()) {
    walk.undo();
    raise_maglev(vm, "MaglevException", "commit failed: " + r.status.to_string());
  }
  for (auto& [oop, bytes] : walk.writes()) st.digest[oop] = digest_of(bytes);
  begin_newest(vm);
  refresh(vm, {});
}

void abort(Vm& vm) {
  Store& st = store(vm);
  // Local copies changed since they were read go back to the repository's state.
  std::vector<uint64_t> dirty;
  RefFn peek = [](Value v, const Edge&) { return v.heap()->oop; };
  for (auto& [oop, o] : st.loaded) {
    if (o->type == HeapType::kCode) continue;
    Writer w;
    encode_object(vm, o, w, peek);
    auto it = st.digest.find(oop);
    if (it == st.digest.end() || it->second != digest_of(w.buf)) dirty.push_back(oop);
  }
  st.session.abort();
  st.doomed.clear();
  begin_newest(vm);
  // Persistent-mode definitions not committed: the repository's class records win.
  refresh(vm, dirty);
}

void begin(Vm& vm) {
  Store& st = store(vm);
  if (st.session.in_transaction()) return;
  begin_newest(vm);
  refresh(vm, {});
}

bool needs_commit(Vm& vm) {
  Walk walk(vm, true);
  return walk.run();
}

bool committed(Vm& vm, Value v) {
  if (!v.is_heap() || !vm.store) return false;
  uint64_t oop = v.heap()->oop;
  return oop != 0 && vm.store->digest.count(oop) > 0;
}

}  // namespace maglev::vm::persist
