// Classes and modules: the RClass layout, method entries, method and constant
// tables, the ancestor chain (include/prepend through iclasses, as CRuby does),
// singleton classes and method lookup. Raising Ruby errors is not done here: callers
// in interp/ and core/ turn lookup failures into NameError/NoMethodError.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "vm/object/objects.h"

namespace maglev::vm {

struct Vm;
using NativeFn = Value (*)(Vm& vm, Value self, int argc, const Value* argv, Value block);

struct MethodEntry {
  enum class Kind : uint8_t {
    kBytecode,    // code
    kNative,      // fn with arity (-1: any, -2: fn checks itself)
    kAttrReader,  // ivar
    kAttrWriter,  // ivar
    kProc,        // define_method: proc (called with lambda semantics)
    kUndefined,   // undef_method: stops lookup
  };
  Kind kind = Kind::kNative;
  Visibility vis = Visibility::kPublic;
  SymId name = 0;          // the name it is called by
  SymId original_name = 0; // the name it was defined with (alias keeps it)
  RClass* owner = nullptr; // the module whose table defined it
  RCode* code = nullptr;
  NativeFn fn = nullptr;
  int arity = -1;
  SymId ivar = 0;
  RProc* proc = nullptr;
  Value cref;              // lexical scope of the definition (constants)
};

struct ConstEntry {
  Value value;
  bool is_private = false;
  bool deprecated = false;
  Value autoload;          // String path when registered with autoload, else undef
  uint64_t fault_oop = 0;  // persistent value not read yet (value is undef until then)
  SymId file = 0;          // where Ruby code assigned it (const_source_location); 0: the
  int32_t line = 0;        // core library or persistent
};

// A persistent constant: the value committed (or to be committed) for it, which a
// transient assignment in this VM may shadow in ConstEntry.
struct PersistentConst {
  Value value;             // undef while not faulted in (then `oop` names it)
  uint64_t oop = 0;
  bool is_private = false;
  bool autoload = false;   // `value` is the path registered with Module#autoload
};

// What a persistable module contributes to the repository (persist/ owns the format):
// entries defined in persistent mode. The VM-local tables (m_tbl, consts) hold them too,
// possibly shadowed by transient definitions made later in this VM.
struct PersistentTables {
  std::unordered_map<SymId, MethodEntry*> methods;    // instance side
  std::unordered_map<SymId, MethodEntry*> smethods;   // class side (the metaclass)
  std::unordered_map<SymId, PersistentConst> consts;
  std::vector<SymId> const_order;
  enum class Mix : uint8_t { kInclude, kPrepend, kExtend };
  std::vector<std::pair<Mix, RClass*>> mixins;        // in the order they were applied
};

using MethodTable = std::unordered_map<SymId, MethodEntry*>;

enum class ClassKind : uint8_t { kClass, kModule, kSingleton, kIClass };

// Per-class tables, owned by the class (an iclass borrows its module's methods).
struct ClassExt {
  std::unordered_map<SymId, ConstEntry> consts;
  std::vector<SymId> const_order;
  std::unordered_map<SymId, Value> ivars;     // class-level instance variables
  std::vector<SymId> ivar_order;
  std::unordered_map<SymId, Value> cvars;     // class variables (@@x)
  std::vector<SymId> cvar_order;
  std::unordered_map<SymId, uint32_t> iv_index;   // instance variable slots of instances
  std::vector<SymId> iv_names;
  Value name;                // String: full path ("A::B"), nil while anonymous
  RClass* lexical_parent = nullptr;
  std::vector<RClass*> subclasses;
  bool instances_persistable = true;
  bool persistable = false;  // defined in persistent mode, loaded, or a core class
  bool core = false;         // made while booting (named by path in the repository)
  PersistentTables* ptab = nullptr;   // created on the first persistent definition
  // Refinements (interp/refinement.h): a refinement module's refined class and the
  // module whose #refine made it; a module's own refinements, in the order made.
  RClass* refined_class = nullptr;
  RClass* refined_by = nullptr;
  std::vector<std::pair<RClass*, RClass*>> refinements;   // (refined class, refinement)
};

struct RClass {
  RBasic basic;
  ClassKind kind;
  RClass* super;        // next in the ancestor chain (nullptr at BasicObject)
  RClass* origin;       // where own methods live: self, or an iclass after prepend
  RClass* module;       // iclass: the module it stands for
  Value attached;       // singleton: the object it belongs to
  MethodTable* m_tbl;   // owned unless iclass
  ClassExt* ext;        // owned unless iclass (then the module's)
  uint64_t serial;      // bumped when this class's tables change
};

bool is_module(const RClass* c);
// The class of an object as Ruby's #class reports it (skipping singletons/iclasses).
RClass* real_class(RClass* c);

// Creates BasicObject, Object, Module and Class with their metaclasses (boot only).
void boot_class_hierarchy(Vm& vm);
// Creates a class named `name` (nullptr: anonymous) under `outer` (constant set too).
RClass* class_new(Vm& vm, RClass* super, RClass* outer, const char* name);
RClass* module_new(Vm& vm, RClass* outer, const char* name);
// The singleton class of an object, created on first use.
RClass* singleton_class(Vm& vm, Value obj);
// The singleton class if it already exists, else nullptr.
RClass* existing_singleton(Vm& vm, Value obj);

void include_module(Vm& vm, RClass* klass, RClass* module);
void prepend_module(Vm& vm, RClass* klass, RClass* module);
std::vector<RClass*> ancestors(RClass* klass);   // modules as themselves, not iclasses
bool class_inherits(RClass* klass, RClass* ancestor);   // klass <= ancestor

// Method tables.
MethodEntry* define_method_entry(Vm& vm, RClass* klass, SymId name, MethodEntry entry);
void define_native(Vm& vm, RClass* klass, const char* name, NativeFn fn, int arity,
                   Visibility vis = Visibility::kPublic);
void define_singleton_native(Vm& vm, Value obj, const char* name, NativeFn fn, int arity);
// Lookup along the ancestor chain; nullptr when absent or undefined.
// `where` (optional) gets the chain element (class or iclass) whose table had it.
MethodEntry* find_method(RClass* klass, SymId name, RClass** where = nullptr);
// Lookup starting after `owner` in klass's chain (for super).
MethodEntry* find_super_method(RClass* klass, RClass* owner, SymId name);
// The entry in klass's own table only (origin-aware).
MethodEntry* own_method(RClass* klass, SymId name);

// Instance variable slot of `name` for instances of the real class `klass`.
uint32_t iv_slot(RClass* klass, SymId name);
// Stores v in slot `slot` of o (growing its slots; unset ones between are undef), with
// the write barrier. REQUIRES: o is not frozen, slot came from iv_slot(o's real class).
void ivar_store(RObject* o, uint32_t slot, Value v);

// Module path as Ruby prints it ("Foo::Bar", or "#<Class:0x...>" when anonymous).
std::string class_path(Vm& vm, RClass* klass);

}  // namespace maglev::vm
