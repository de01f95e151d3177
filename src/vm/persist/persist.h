// Persistence as the rest of the VM sees it: attaching to a repository, the hooks the
// object model calls while Maglev.persistent is in effect, faulting in persistent
// constants, and the transaction operations behind the Maglev module. The format and
// the walk live in the other files of persist/; nothing here touches Ruby semantics
// beyond recording what was defined in persistent mode.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "vm/object/class.h"

namespace maglev::vm {
struct Vm;
}

namespace maglev::vm::persist {

struct Store;

// Connects the VM to a repository: `repo` (a directory) if given, else the stone named
// `stone` (default "maglev"), starting the stone when none runs. Begins a transaction
// and installs the persistent roots. false with a message on failure.
bool open(Vm& vm, const std::string& stone, const std::string& repo, bool create,
          std::string* error);
void close(Vm& vm);
bool attached(Vm& vm);
// Attaches to the VM's repository (vm.stone_name / vm.repo_dir), creating it and
// starting its stone when needed; raises Maglev::MaglevException when it cannot.
void ensure_attached(Vm& vm);

// Persistent $LOADED_FEATURES: whether a library was required in persistent mode by
// some committed VM, and recording one required now.
bool feature_loaded(Vm& vm, std::string_view path);
void note_feature(Vm& vm, std::string_view path);
// Directories added to $: while in persistent mode join the persistent $LOAD_PATH
// (called when persistent mode ends and at a commit made in persistent mode).
void note_load_path(Vm& vm);

// Hooks (called only when vm.persistent_mode): a definition on a persistable module goes
// to its persistent tables as well as the local ones.
void note_method(Vm& vm, RClass* klass, SymId name, MethodEntry* me);
void note_remove_method(Vm& vm, RClass* klass, SymId name);
void note_const(Vm& vm, RClass* klass, SymId name, Value v);
void note_remove_const(Vm& vm, RClass* klass, SymId name);
void note_autoload(Vm& vm, RClass* klass, SymId name, Value path);
void note_mixin(Vm& vm, RClass* klass, PersistentTables::Mix mix, RClass* module);

// Reads a persistent constant's value on first use (ConstEntry::fault_oop).
Value fault_const(Vm& vm, ConstEntry& e);

// Transactions (raise Maglev::CommitFailedException, NotPersistableException, ...).
void commit(Vm& vm);
void abort(Vm& vm);
void begin(Vm& vm);
bool needs_commit(Vm& vm);
bool committed(Vm& vm, Value v);
Value persistent_root(Vm& vm);

// Maglev::System's numbers, named as maglev-stat names them: the shared cache's global
// counters (txn::Session::cache_statistics), or with `session` this VM's own session
// counters (snapshot, commits, conflicts, aborts, lookups, hits, misses, disk_reads).
// REQUIRES: attached(vm).
std::map<std::string, uint64_t> statistics(Vm& vm, bool session);

// Marks what the store keeps alive (local copies of persistent objects).
void mark(Vm& vm);

}  // namespace maglev::vm::persist
