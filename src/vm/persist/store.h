// Internal to persist/: the VM's side of one repository connection. The Store owns the
// txn::Session, the map from object ids to this VM's local copies, the digests of what
// the write barrier does not track (the root, Envs), and the persistent roots. Never include it
// outside src/vm/persist (the rest of the VM sees persist/persist.h).
#pragma once

#include <cstdint>
#include <deque>
#include <type_traits>
#include <string>
#include <unordered_map>
#include <vector>

#include "txn/txn.h"
#include "vm/persist/oop_map.h"
#include "vm/persist/persist.h"
#include "vm/persist/shapes.h"
#include "vm/persist/wire.h"
#include "vm/runtime.h"

namespace maglev::vm::persist {

// How an object was reached, for NotPersistableException's path.
struct Edge {
  enum Kind : uint8_t { kNone, kIvar, kIndex, kKey, kValueOf, kConst, kMethod, kCvar, kRootKey,
                        kCaptured, kDefault, kClassOf };
  Edge(Kind k = kNone, SymId n = 0, int64_t i = 0, Value key_value = Value::nil())
      : kind(k), name(n), index(i), key(key_value) {}
  Kind kind;
  SymId name;
  int64_t index;
  Value key;
};

// Names the object ids of the values an object refers to (the committing walk). Returns
// 0 for a value that is not a heap object needing an id. A non-owning reference to a
// callable `uint64_t(Value, const Edge&)` (one indirect call, no allocation): the
// callable must outlive it, so only lvalues convert.
class RefFn {
 public:
  template <class F>
    requires(!std::is_same_v<std::remove_cv_t<F>, RefFn>)
  RefFn(F& f)   // NOLINT: implicit on purpose
      : obj_(const_cast<void*>(static_cast<const void*>(&f))),
        call_([](void* o, Value v, const Edge& e) -> uint64_t { return (*static_cast<F*>(o))(v, e); }) {}
  uint64_t operator()(Value v, const Edge& via) const { return call_(obj_, v, via); }

 private:
  void* obj_;
  uint64_t (*call_)(void*, Value, const Edge&);
};

// The ids objects have now, assigning none (checks and failure paths).
struct PeekOop {
  uint64_t operator()(Value v, const Edge&) const { return v.heap()->oop; }
};

struct Store {
  explicit Store(txn::Session s) : session(std::move(s)) {}
  txn::Session session;
  std::string repo;
  OopMap loaded;                                  // every local copy of a persistent object
  // oop -> XXH3 of the bytes last read or written: for the root and Envs, and for every
  // object when check_barrier is on.
  std::unordered_map<uint64_t, uint64_t> digest;
  Value persistent_root;                          // Maglev::PERSISTENT_ROOT (nil until used)
  uint64_t persistent_root_oop = 0;               // its id while not read yet
  Value loaded_features;                          // persistent $LOADED_FEATURES entries
  Value load_path;                                // persistent $LOAD_PATH entries
  std::vector<std::string> initial_load_path;     // $: when this VM attached
  std::vector<RClass*> core_records;              // core modules with persistent tables
  std::vector<uint64_t> doomed;                   // conflicts of a failed commit (until abort)
  // Shells still to fill in, with their bytes in `pending_bytes` (one buffer for all:
  // a large read allocates nothing per object; emptied when nothing is pending).
  struct Pending {
    RBasic* o;
    size_t at;
    size_t size;
  };
  std::deque<Pending> pending;
  std::vector<uint8_t> pending_bytes;
  std::vector<RBasic*> watched;                   // persistent Envs (compared by digest)
  Shapes shapes;                                  // instance-variable layouts
  // An id for an object new to the repository (txn::Session::allocate: granted with
  // commit replies, else refilled in round trips that grow with the transaction).
  Result<uint64_t> new_id();
  bool check_barrier = false;                     // MAGLEV_CHECK_BARRIER=1: verify barriers
  // While decoding, Vm::barrier_paused > 0: the write barrier marks nothing and the
  // definition hooks stay quiet.
};

Store& store(Vm& vm);

// --- object_codec.cc ------------------------------------------------------------------
// The bytes of one object (its class, flags and contents); references through `ref`.
// Raises NotPersistableException (through the walk) for what cannot be stored.
void encode_object(Vm& vm, RBasic* o, Writer& w, const RefFn& ref);
void put_value(Vm& vm, Writer& w, Value v, const RefFn& ref, const Edge& via);
// Whether put_value writes `v` as a reference to another persistent object.
bool is_reference(Vm& vm, Value v);
// Reads a value; references are faulted in as shells and filled in by drain().
Value get_value(Vm& vm, Reader& r);
// The local copy of `oop`, read and filled in (with everything it reaches) if needed.
// nullptr when the repository has no such object.
RBasic* fault(Vm& vm, uint64_t oop);
// A shell for `oop` whose contents are filled in later by drain().
RBasic* shell_for(Vm& vm, uint64_t oop);
void drain(Vm& vm);
// Overwrites a local copy with the repository's bytes (refresh after abort/commit).
void refill(Vm& vm, RBasic* o, const txn::Object& obj);
uint64_t digest_of(const std::vector<uint8_t>& bytes);
// Why an object cannot persist, or empty when it can.
std::string unpersistable_reason(Vm& vm, RBasic* o);

// --- class_codec.cc -------------------------------------------------------------------
void encode_class(Vm& vm, RClass* c, Writer& w, const RefFn& ref);
RClass* class_shell(Vm& vm, Reader& r);        // after the header
void decode_class(Vm& vm, RClass* c, Reader& r, bool refresh);
RClass* core_class_by_path(Vm& vm, std::string_view path);
// A method table (persistent entries) and back; decoding installs the entries in
// `target`'s local table unless a transient definition in this VM shadows them.
void encode_methods(Vm& vm, Writer& w, const std::unordered_map<SymId, MethodEntry*>& t,
                    const RefFn& ref);
void decode_methods(Vm& vm, Reader& r, RClass* target,
                    std::unordered_map<SymId, MethodEntry*>& table);
bool is_core_class(RClass* c);

// --- code_codec.cc --------------------------------------------------------------------
void encode_code(Vm& vm, const Code& c, Writer& w, const RefFn& ref);
void decode_code(Vm& vm, Code& c, Reader& r);

// --- root.cc --------------------------------------------------------------------------
// Reads the repository root (creating it in an empty repository) and installs the
// persistent roots: PERSISTENT_ROOT, core-class records, loaded features.
void load_root(Vm& vm);
void encode_root(Vm& vm, Writer& w, const RefFn& ref);


// --- errors ---------------------------------------------------------------------------
[[noreturn]] void raise_maglev(Vm& vm, const char* klass, const std::string& message);

}  // namespace maglev::vm::persist
