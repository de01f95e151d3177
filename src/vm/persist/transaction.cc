// Commit, abort and begin as Ruby sees them. The write barrier (object/objects.h) keeps
// the list of persistent objects changed since the last commit or abort; a commit writes
// those, the repository root when its bytes changed, captured-variable Envs whose bytes
// changed (Env slots are written by the interpreter without a barrier, so Envs are
// compared by digest), and every object new to the repository reachable from them, which
// gets an id. An unpersistable object stops the commit before anything is sent, naming
// the path that reached it. After a commit or abort the VM moves to the newest state and
// refreshes its copies of objects other VMs changed. With MAGLEV_CHECK_BARRIER=1 each of
// them first re-encodes every clean local copy and aborts the process when one changed
// without its barrier (Store::check_barrier).

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <unordered_set>

#include "vm/core/core.h"
#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace {

// Whether `o`'s bytes are compared by digest rather than tracked by the barrier.
bool watched(const RBasic* o) { return o->type == HeapType::kEnv; }

// Aborts the process when a clean persistent object's bytes differ from what was last
// read or written (a mutation path without write_barrier).
void verify_barrier(Vm& vm) {
  Store& st = store(vm);
  PeekOop peek_fn;
  RefFn peek(peek_fn);
  st.loaded.for_each([&](uint64_t oop, RBasic* o) {
    if (o->type == HeapType::kCode || watched(o) || (o->flags & kFlagDirty)) return;
    auto it = st.digest.find(oop);
    if (it == st.digest.end()) return;
    Writer w;
    encode_object(vm, o, w, peek);
    if (digest_of(w.buf) == it->second) return;
    std::string what = vm.class_name_of(Value::object(o));
    spdlog::critical("write barrier missed: a {} (oop {}) changed but is not dirty", what, oop);
    std::fprintf(stderr, "maglev: write barrier missed: a %s (oop %llu) changed but is not dirty\n",
                 what.c_str(), static_cast<unsigned long long>(oop));
    std::abort();
  });
}

// The objects whose bytes may have changed since the last commit or abort: those the
// barrier marked and the watched ones whose digest differs.
std::vector<RBasic*> changed_objects(Vm& vm, bool stop_at_first) {
  Store& st = store(vm);
  std::vector<RBasic*> out;
  for (RBasic* o : vm.dirty_objects) {
    if (!(o->flags & kFlagDirty) || o->oop == 0) continue;
    out.push_back(o);
    if (stop_at_first) return out;
  }
  PeekOop peek_fn;
  RefFn peek(peek_fn);
  for (RBasic* o : st.watched) {
    if (o->oop == 0) continue;
    Writer w;
    encode_object(vm, o, w, peek);
    auto it = st.digest.find(o->oop);
    if (it != st.digest.end() && it->second == digest_of(w.buf)) continue;
    out.push_back(o);
    if (stop_at_first) return out;
  }
  return out;
}

// Forgets every dirty mark (after a commit wrote them or an abort dropped them).
void clear_dirty(Vm& vm) {
  for (RBasic* o : vm.dirty_objects) o->flags &= static_cast<uint16_t>(~kFlagDirty);
  vm.dirty_objects.clear();
}

class Walk {
 public:
  explicit Walk(Vm& vm) : vm_(vm), st_(store(vm)), ref_fn_(*this) {}

  // The walk's RefFn: names (and for new objects assigns) ids.
  uint64_t operator()(Value v, const Edge& via) { return ref(v, via); }

  // Encodes what changed, then hands it to the session's write buffer (only once the
  // whole walk succeeded: a failure leaves the transaction as it was); false when there
  // is nothing to write.
  bool run() {
    Writer root;
    encode_root(vm_, root, ref_fn_);
    uint64_t d = digest_of(root.buf);
    auto it = st_.digest.find(txn::kRootOop);
    if (it == st_.digest.end() || it->second != d) {
      digests_.emplace_back(txn::kRootOop, d);
      write(txn::kRootOop, root.buf);
    }
    for (RBasic* o : changed_objects(vm_, false)) encode(o);
    // New objects in the order they got ids (breadth first): the writes reach the
    // session's buffer in ascending id order.
    for (size_t i = 0; i < fresh_.size(); ++i) encode(fresh_[i]);
    for (uint32_t shape : st_.shapes.unwritten()) {
      w_.buf.clear();
      st_.shapes.encode(shape, w_);
      write(st_.shapes.at(shape).oop, w_.buf);
    }
    if (batch_.empty()) return false;
    Status s = st_.session.write(std::move(batch_));
    if (!s.ok()) {
      undo();
      st_.session.abort();
      raise_maglev(vm_, "MaglevException", s.to_string());
    }
    return true;
  }

  void undo() {
    for (RBasic* o : fresh_) {
      st_.loaded.erase(o->oop);
      o->oop = 0;
    }
    fresh_.clear();
  }

  // Digests of what was written that Store::digest keeps (the root, Envs, and with
  // check_barrier everything).
  const std::vector<std::pair<uint64_t, uint64_t>>& digests() const { return digests_; }
  const std::vector<RBasic*>& fresh() const { return fresh_; }

 private:
  // One Writer for every object: its buffer is reused, the bytes are copied into the batch.
  void encode(RBasic* o) {
    w_.buf.clear();
    encode_object(vm_, o, w_, ref_fn_);
    if (st_.check_barrier || watched(o)) digests_.emplace_back(o->oop, digest_of(w_.buf));
    write(o->oop, w_.buf);
  }

  void write(uint64_t oop, const std::vector<uint8_t>& bytes) {
    batch_.add(oop, 0, bytes.data(), bytes.size());
  }

  // An object new to the repository gets an id and is written too.
  uint64_t ref(Value v, const Edge&) {
    RBasic* o = v.heap();
    if (o->oop != 0) return o->oop;
    std::string why = unpersistable_reason(vm_, o);
    if (!why.empty()) fail(o, why);
    auto oop = st_.new_id();
    if (!oop.ok()) {
      undo();
      raise_maglev(vm_, "MaglevException", oop.status().to_string());
    }
    o->oop = *oop;
    o->flags &= static_cast<uint16_t>(~kFlagDirty);
    st_.loaded.put(o->oop, o);
    fresh_.push_back(o);
    return o->oop;
  }

  std::string label(const Edge& e) {
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
      default: return std::string();
    }
  }

  // The path from a root to `bad`, e.g. "PERSISTENT_ROOT[:log] -> @file": a breadth-first
  // search over everything reachable from the repository root (then from the changed
  // objects), run only to explain a failure.
  std::string path_to(RBasic* bad) {
    struct Parent {
      RBasic* from;
      Edge via;
    };
    std::unordered_map<RBasic*, Parent> parents;
    std::deque<RBasic*> queue;
    RBasic* from = nullptr;
    bool found = false;
    auto record_fn = [&](Value v, const Edge& via) -> uint64_t {
      RBasic* o = v.heap();
      if (!found && parents.try_emplace(o, Parent{from, via}).second) {
        if (o == bad) found = true;
        else queue.push_back(o);
      }
      return o->oop;
    };
    RefFn record(record_fn);
    auto search = [&]() {
      while (!found && !queue.empty()) {
        from = queue.front();
        queue.pop_front();
        if (from->type == HeapType::kCode) continue;
        Writer w;
        encode_object(vm_, from, w, record);
      }
    };
    Writer root;
    encode_root(vm_, root, record);
    search();
    for (RBasic* o : changed_objects(vm_, false)) {
      if (found) break;
      if (parents.try_emplace(o, Parent{nullptr, Edge{}}).second) queue.push_back(o);
      search();
    }
    std::vector<std::string> parts;
    RBasic* at = bad;
    for (int guard = 0; guard < 10000; ++guard) {
      auto it = parents.find(at);
      if (it == parents.end() || it->second.from == nullptr) break;
      parts.push_back(label(it->second.via));
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
    undo();
    std::string path = path_to(o);
    raise_maglev(vm_, "NotPersistableException",
                 "cannot commit " + why + " (reached by " + path + ")");
  }

  Vm& vm_;
  Store& st_;
  RefFn ref_fn_;
  std::vector<RBasic*> fresh_;
  Writer w_;
  txn::WriteBatch batch_;   // what run() hands to the session
  std::vector<std::pair<uint64_t, uint64_t>> digests_;
};

// Re-reads every local copy that other sessions changed since the previous snapshot
// (and those in `also`).
void refresh(Vm& vm, const std::vector<uint64_t>& also) {
  Store& st = store(vm);
  txn::Changes ch = st.session.changes();
  std::vector<uint64_t> oops = also;
  bool root = false;
  if (ch.everything) {
    st.loaded.for_each([&](uint64_t oop, RBasic*) { oops.push_back(oop); });
    root = true;
  } else {
    for (uint64_t oop : ch.oops) {
      if (oop == txn::kRootOop) root = true;
      else if (st.loaded.contains(oop)) oops.push_back(oop);
    }
  }
  if (root) load_root(vm);
  for (uint64_t oop : oops) {
    if (oop == txn::kRootOop) continue;
    RBasic* o = st.loaded.get(oop);
    if (o == nullptr) continue;
    auto got = st.session.read(oop);
    if (!got.ok()) raise_maglev(vm, "MaglevException", got.status().to_string());
    if (got->has_value()) refill(vm, o, **got);
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
    RBasic* o = st.loaded.get(oop);
    ary_push(vm, list, o ? Value::object(o) : int_new(vm, static_cast<int64_t>(oop)));
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
  if (st.check_barrier) verify_barrier(vm);
  Walk walk(vm);
  if (!walk.run()) {   // nothing to write: just move to the newest state
    st.session.abort();
    begin_newest(vm);
    refresh(vm, {});
    return;
  }
  txn::CommitResult r = st.session.commit();
  if (r.status.code() == Errc::kConflict) {
    walk.undo();   // objects new in this commit are transient again; changes stay dirty
    st.doomed = r.conflicts;
    raise_conflict(vm, r.conflicts);
  }
  if (!r.ok()) {
    walk.undo();
    raise_maglev(vm, "MaglevException", "commit failed: " + r.status.to_string());
  }
  for (RBasic* o : walk.fresh())
    if (watched(o)) st.watched.push_back(o);
  for (auto& [oop, d] : walk.digests()) st.digest[oop] = d;
  st.shapes.written();
  clear_dirty(vm);
  begin_newest(vm);
  refresh(vm, {});
}

void abort(Vm& vm) {
  Store& st = store(vm);
  if (st.check_barrier) verify_barrier(vm);
  // Local copies changed since they were read go back to the repository's state.
  std::vector<uint64_t> dirty;
  for (RBasic* o : changed_objects(vm, false)) dirty.push_back(o->oop);
  clear_dirty(vm);
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
  Store& st = store(vm);
  if (st.check_barrier) verify_barrier(vm);
  if (!changed_objects(vm, true).empty()) return true;
  Writer root;
  PeekOop peek;
  encode_root(vm, root, peek);
  auto it = st.digest.find(txn::kRootOop);
  return it == st.digest.end() || it->second != digest_of(root.buf);
}

bool committed(Vm& vm, Value v) {
  return v.is_heap() && vm.store && v.heap()->oop != 0;
}

}  // namespace maglev::vm::persist
