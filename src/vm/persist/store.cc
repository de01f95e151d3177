// The VM's connection to its repository: finding the repository, starting its stone
// when none runs (maglev-stone next to this executable), attaching, the hooks that
// record definitions made in persistent mode, faulting in persistent constants, and
// the collector's view of local copies. A VM that never needs persistence and finds
// no repository never attaches.
#include <fcntl.h>
#include <spdlog/spdlog.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "vm/core/core.h"
#include "vm/persist/store.h"

namespace maglev::vm::persist {

namespace fs = std::filesystem;

Store& store(Vm& vm) { return *vm.store; }

// Ids for new objects come from the session's pool, refilled mostly by the ids granted
// with commit replies: the VMs committing in one batch get consecutive ids, and their new
// objects share object-table leaves (a pool of its own per VM put each in its own leaf).
Result<uint64_t> Store::new_id() { return session.allocate(); }

bool attached(Vm& vm) { return vm.store != nullptr; }

namespace {

fs::path repository_of(const std::string& stone, const std::string& repo) {
  if (!repo.empty()) return fs::absolute(repo);
  return txn::repository_path(stone.empty() ? "maglev" : stone);
}

// Runs maglev-stone --daemon for `repo` (creating it) and waits until it serves.
bool start_stone(const fs::path& repo, std::string* error) {
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  fs::path exe = (ec ? fs::path(".") : self.parent_path()) / "maglev-stone";
  std::string exe_s = exe.string(), repo_s = repo.string();
  std::vector<char*> argv = {exe_s.data(), const_cast<char*>("--repo"), repo_s.data(),
                             const_cast<char*>("--create"), const_cast<char*>("--daemon"),
                             nullptr};
  std::fflush(stdout);
  pid_t pid = ::fork();
  if (pid < 0) {
    *error = std::string("cannot fork to start maglev-stone: ") + std::strerror(errno);
    return false;
  }
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_WRONLY);
    if (devnull >= 0) ::dup2(devnull, STDOUT_FILENO);
    ::execv(argv[0], argv.data());
    std::fprintf(stderr, "maglev-ruby: cannot run %s: %s\n", argv[0], std::strerror(errno));
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    spdlog::info("started maglev-stone for {}", repo.string());
    return true;
  }
  *error = "could not start maglev-stone for " + repo.string();
  return false;
}

// Attaches; when no stone runs and `may_start`, starts one first. Another VM may be
// starting the same stone at this moment (then ours reports it busy): keep trying to
// attach for a while before giving up.
Result<txn::Session> attach_or_start(const fs::path& repo, bool may_start, std::string* error) {
  auto session = txn::Session::attach(repo);
  if (session.ok() || session.status().code() != Errc::kNotFound) return session;
  if (!may_start) {
    *error = "no stone is running for " + repo.string() + " (start it with: maglev start --repo " +
             repo.string() + ")";
    return session;
  }
  std::string start_error;
  bool started = start_stone(repo, &start_error);
  for (int attempt = 0; attempt < 100; ++attempt) {
    auto again = txn::Session::attach(repo);
    if (again.ok() || again.status().code() != Errc::kNotFound || started) {
      if (!again.ok()) *error = "cannot reach the stone of " + repo.string() + ": " + again.status().to_string();
      return again;
    }
    ::usleep(20000);
  }
  *error = start_error;
  return session;
}

}  // namespace

bool open(Vm& vm, const std::string& stone, const std::string& repo_opt, bool create,
          std::string* error) {
  if (vm.store) return true;
  fs::path repo = repository_of(stone, repo_opt);
  std::error_code ec;
  bool exists = fs::exists(txn::extent_path(repo), ec);
  if (!exists && !create) return false;   // nothing was ever committed there
  if (!exists && !repo_opt.empty()) {        // only named repositories are created here
    *error = "no repository at " + repo.string() + " (create it with: maglev create --repo " +
             repo.string() + ")";
    return false;
  }
  auto session = attach_or_start(repo, repo_opt.empty() || exists, error);
  if (!error->empty()) return false;
  if (!session.ok()) {
    *error = "cannot reach the stone of " + repo.string() + ": " + session.status().to_string();
    return false;
  }
  auto began = session->begin();
  if (!began.ok()) {
    *error = "cannot begin a transaction on " + repo.string() + ": " + began.status().to_string();
    return false;
  }
  vm.store = new Store(std::move(*session));
  vm.store->repo = repo.string();
  const char* check = std::getenv("MAGLEV_CHECK_BARRIER");
  vm.store->check_barrier = check != nullptr && check[0] == '1';
  vm.store->persistent_root = Value::nil();
  vm.store->loaded_features = Value::nil();
  vm.store->load_path = Value::nil();
  Value lp = vm.gvar_get(intern("$:"));
  for (int64_t i = 0; is_array(lp) && i < ary_len(lp); ++i)
    if (is_string(ary_at(lp, i))) vm.store->initial_load_path.emplace_back(str_view(ary_at(lp, i)));
  load_root(vm);
  return true;
}

void close(Vm& vm) {
  delete vm.store;
  vm.store = nullptr;
}

void mark(Vm& vm) {
  if (!vm.store) return;
  Store& st = *vm.store;
  st.loaded.for_each([&](uint64_t, RBasic* o) { vm.heap.mark_object(o); });
  for (const Store::Pending& p : st.pending) vm.heap.mark_object(p.o);
  vm.heap.mark_value(st.persistent_root);
  vm.heap.mark_value(st.loaded_features);
  vm.heap.mark_value(st.load_path);
}

// --- hooks ----------------------------------------------------------------------------

namespace {

// The persistable module whose tables a definition on `klass` belongs to, and whether
// it is its class side. nullptr when the definition stays VM-local.
RClass* persistent_owner(Vm& vm, RClass* klass, bool* class_side) {
  if (!vm.store || vm.barrier_paused) return nullptr;
  *class_side = false;
  if (klass->kind == ClassKind::kSingleton) {
    Value a = klass->attached;
    if (!a.is_heap()) return nullptr;
    // An object's own singleton methods: kept with its singleton class, written with
    // the object when it is reached.
    if (a.heap()->type == HeapType::kObject) return klass;
    if (a.heap()->type != HeapType::kClass) return nullptr;
    klass = a.as<RClass>();
    if (klass->kind == ClassKind::kSingleton) return nullptr;
    *class_side = true;
  }
  if (klass->kind == ClassKind::kIClass || !klass->ext->persistable) return nullptr;
  return klass;
}

// The persistent tables of `c`, about to change: the record that holds them (the class,
// or for an object's own singleton class the object) is marked dirty.
PersistentTables& tables(Vm& vm, RClass* c) {
  write_barrier(c->kind == ClassKind::kSingleton ? c->attached.heap() : &c->basic);
  if (c->ext->ptab == nullptr) {
    c->ext->ptab = new PersistentTables();
    if (is_core_class(c)) vm.store->core_records.push_back(c);
  }
  return *c->ext->ptab;
}

}  // namespace

void note_method(Vm& vm, RClass* klass, SymId name, MethodEntry* me) {
  bool class_side;
  RClass* owner = persistent_owner(vm, klass, &class_side);
  if (owner == nullptr) return;
  PersistentTables& p = tables(vm, owner);
  (class_side ? p.smethods : p.methods)[name] = me;
}

void note_remove_method(Vm& vm, RClass* klass, SymId name) {
  bool class_side;
  RClass* owner = persistent_owner(vm, klass, &class_side);
  if (owner == nullptr) return;
  PersistentTables& p = tables(vm, owner);
  (class_side ? p.smethods : p.methods).erase(name);
}

void note_const(Vm& vm, RClass* klass, SymId name, Value v) {
  bool class_side;
  RClass* owner = persistent_owner(vm, klass, &class_side);
  if (owner == nullptr || class_side) return;
  PersistentTables& p = tables(vm, owner);
  auto it = p.consts.find(name);
  bool is_private = false;
  if (auto local = owner->ext->consts.find(name); local != owner->ext->consts.end())
    is_private = local->second.is_private;
  if (it == p.consts.end()) p.const_order.push_back(name);
  p.consts[name] = PersistentConst{v, 0, is_private};
}

void note_autoload(Vm& vm, RClass* klass, SymId name, Value path) {
  note_const(vm, klass, name, path);
  bool class_side;
  if (RClass* owner = persistent_owner(vm, klass, &class_side); owner && !class_side)
    tables(vm, owner).consts[name].autoload = true;
}

void note_remove_const(Vm& vm, RClass* klass, SymId name) {
  bool class_side;
  RClass* owner = persistent_owner(vm, klass, &class_side);
  if (owner == nullptr || class_side) return;
  PersistentTables& p = tables(vm, owner);
  if (p.consts.erase(name))
    p.const_order.erase(std::find(p.const_order.begin(), p.const_order.end(), name));
}

void note_mixin(Vm& vm, RClass* klass, PersistentTables::Mix mix, RClass* module) {
  bool class_side;
  RClass* owner = persistent_owner(vm, klass, &class_side);
  if (owner == nullptr) return;
  if (class_side) {
    if (mix != PersistentTables::Mix::kInclude) return;
    mix = PersistentTables::Mix::kExtend;
  }
  tables(vm, owner).mixins.emplace_back(mix, module);
}

Value fault_const(Vm& vm, ConstEntry& e) {
  uint64_t oop = e.fault_oop;
  e.fault_oop = 0;
  if (!vm.store) return e.value;
  RBasic* o = fault(vm, oop);
  e.value = o ? Value::object(o) : Value::nil();
  return e.value;
}

Value persistent_root(Vm& vm) {
  if (!vm.store) return Value::nil();
  Store& st = *vm.store;
  if (st.persistent_root.is_nil()) {
    RBasic* o = st.persistent_root_oop ? fault(vm, st.persistent_root_oop) : nullptr;
    st.persistent_root = o && o->type == HeapType::kHash ? Value::object(o) : hash_new(vm);
  }
  return st.persistent_root;
}

std::map<std::string, uint64_t> statistics(Vm& vm, bool session) {
  const txn::Session& s = store(vm).session;
  if (!session) return s.cache_statistics();
  txn::SessionStats st = s.stats();
  return {{"snapshot", st.snapshot}, {"commits", st.commits}, {"conflicts", st.conflicts},
          {"aborts", st.aborts}, {"lookups", st.lookups}, {"hits", st.hits},
          {"misses", st.lookups - std::min(st.lookups, st.hits)},
          {"disk_reads", st.disk_reads}};
}

[[noreturn]] void raise_maglev(Vm& vm, const char* klass, const std::string& message) {
  Value maglev = vm.const_get(vm.cObject, intern("Maglev"));
  Value k = vm.const_get(maglev.as<RClass>(), intern(klass));
  vm.raise(k.as<RClass>(), message);
}

}  // namespace maglev::vm::persist

namespace maglev::vm::persist {

void ensure_attached(Vm& vm) {
  if (vm.store) return;
  std::string error;
  if (!open(vm, vm.stone_name, vm.repo_dir, true, &error)) raise_maglev(vm, "MaglevException", error);
}

bool feature_loaded(Vm& vm, std::string_view path) {
  if (!vm.store || !is_array(vm.store->loaded_features)) return false;
  Value feats = vm.store->loaded_features;
  for (int64_t i = 0; i < ary_len(feats); ++i) {
    Value f = ary_at(feats, i);
    if (is_string(f) && str_view(f) == path) return true;
  }
  return false;
}

void note_feature(Vm& vm, std::string_view path) {
  if (!vm.store || feature_loaded(vm, path)) return;
  ary_push(vm, vm.store->loaded_features, str_new(vm, path));
}

}  // namespace maglev::vm::persist
