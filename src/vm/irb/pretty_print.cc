// pp's layout (pretty_print.h): PrettyPrint ported line for line from Ruby 3.1's
// prettyprint.rb, then PPMethods#pp and the pretty_print methods of pp.rb.
#include "vm/irb/pretty_print.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/core/core.h"

namespace maglev::vm::irb {

namespace {

// Characters, as String#length counts them (UTF-8).
int char_width(std::string_view s) {
  int n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

class PrettyPrint {
 public:
  explicit PrettyPrint(int maxwidth) : maxwidth_(maxwidth) {
    groups_.push_back(std::make_unique<Group>(0));
    group_stack_.push_back(groups_.back().get());
    enq(groups_.back().get());
  }

  std::string& output() { return output_; }

  void text(std::string_view obj) {
    int width = char_width(obj);
    if (buffer_.empty()) {
      output_ += obj;
      output_width_ += width;
    } else {
      if (buffer_.back().kind != Item::kText) buffer_.push_back(Item{});
      buffer_.back().text += obj;
      buffer_.back().width += width;
      buffer_width_ += width;
      break_outmost_groups();
    }
  }

  void breakable(std::string_view sep = " ") {
    int width = char_width(sep);
    Group* group = group_stack_.back();
    if (group->brk) {
      flush();
      output_ += '\n';
      output_.append(static_cast<size_t>(indent_), ' ');
      output_width_ = indent_;
      buffer_width_ = 0;
    } else {
      Item b;
      b.kind = Item::kBreakable;
      b.text = sep;
      b.width = width;
      b.indent = indent_;
      b.group = group;
      ++group->breakables;
      buffer_.push_back(std::move(b));
      buffer_width_ += width;
      break_outmost_groups();
    }
  }

  void group(int indent, std::string_view open, std::string_view close,
             const std::function<void()>& body) {
    text(open);
    groups_.push_back(std::make_unique<Group>(group_stack_.back()->depth + 1));
    Group* g = groups_.back().get();
    group_stack_.push_back(g);
    enq(g);
    indent_ += indent;
    auto done = [&] {
      indent_ -= indent;
      group_stack_.pop_back();
      if (g->breakables == 0) remove(g);
    };
    try {
      body();
    } catch (...) {
      done();
      throw;
    }
    done();
    text(close);
  }

  void flush() {
    for (Item& item : buffer_) output_width_ = output_item(item);
    buffer_.clear();
    buffer_width_ = 0;
  }

 private:
  struct Group {
    explicit Group(int d) : depth(d) {}
    int depth;
    int breakables = 0;
    bool brk = false;
  };
  struct Item {
    enum Kind { kText, kBreakable } kind = kText;
    std::string text;   // the text, or the breakable's separator
    int width = 0;
    int indent = 0;     // breakable: the indentation when it was made
    Group* group = nullptr;
  };

  int output_item(Item& item) {
    if (item.kind == Item::kText) {
      output_ += item.text;
      return output_width_ + item.width;
    }
    --item.group->breakables;
    if (item.group->brk) {
      output_ += '\n';
      output_.append(static_cast<size_t>(item.indent), ' ');
      return item.indent;
    }
    if (item.group->breakables == 0) remove(item.group);
    output_ += item.text;
    return output_width_ + item.width;
  }

  void break_outmost_groups() {
    while (maxwidth_ < output_width_ + buffer_width_) {
      Group* group = deq();
      if (group == nullptr) return;
      while (group->breakables > 0) {
        Item data = std::move(buffer_.front());
        buffer_.pop_front();
        output_width_ = output_item(data);
        buffer_width_ -= data.width;
      }
      while (!buffer_.empty() && buffer_.front().kind == Item::kText) {
        Item data = std::move(buffer_.front());
        buffer_.pop_front();
        output_width_ = output_item(data);
        buffer_width_ -= data.width;
      }
    }
  }

  // GroupQueue
  void enq(Group* g) {
    while (static_cast<int>(queue_.size()) <= g->depth) queue_.emplace_back();
    queue_[static_cast<size_t>(g->depth)].push_back(g);
  }
  Group* deq() {
    for (auto& gs : queue_) {
      for (size_t i = gs.size(); i-- > 0;) {
        if (gs[i]->breakables > 0) {
          Group* g = gs[i];
          gs.erase(gs.begin() + static_cast<std::ptrdiff_t>(i));
          g->brk = true;
          return g;
        }
      }
      for (Group* g : gs) g->brk = true;
      gs.clear();
    }
    return nullptr;
  }
  void remove(Group* g) {
    auto& gs = queue_[static_cast<size_t>(g->depth)];
    gs.erase(std::remove(gs.begin(), gs.end(), g), gs.end());
  }

  int maxwidth_;
  std::string output_;
  int output_width_ = 0;
  int buffer_width_ = 0;
  std::deque<Item> buffer_;
  std::vector<std::unique_ptr<Group>> groups_;
  std::vector<Group*> group_stack_;
  std::vector<std::vector<Group*>> queue_;
  int indent_ = 0;
};

// PP: pp.rb's PPMethods and the pretty_print methods of core classes.
class PP {
 public:
  PP(Vm& vm, int width) : vm_(vm), q_(width) {}

  std::string result() {
    q_.flush();
    return q_.output();
  }

  // ColorPrinter#pp, then PPMethods#pp (cycle check, a group around each value).
  void pp(Value v) {
    if (is_string(v)) {
      q_.text(vm_.inspect(v));
      return;
    }
    bool cycle = std::find(in_progress_.begin(), in_progress_.end(), v) != in_progress_.end();
    if (cycle) {
      q_.group(0, "", "", [&] { pretty_print_cycle(v); });
      return;
    }
    in_progress_.push_back(v);
    try {
      q_.group(0, "", "", [&] { pretty_print(v); });
    } catch (...) {
      in_progress_.pop_back();
      throw;
    }
    in_progress_.pop_back();
  }

 private:
  void comma_breakable() {
    q_.text(",");
    q_.breakable();
  }

  void pretty_print(Value v) {
    if (is_array(v)) {
      std::vector<Value> items(ary_ptr(v)->ptr, ary_ptr(v)->ptr + ary_len(v));
      q_.group(1, "[", "]", [&] {
        for (size_t i = 0; i < items.size(); ++i) {
          if (i) comma_breakable();
          pp(items[i]);
        }
      });
    } else if (is_hash(v)) {
      std::vector<std::pair<Value, Value>> pairs;
      hash_each(v, [&](Value k, Value val) { pairs.emplace_back(k, val); });
      q_.group(1, "{", "}", [&] {
        for (size_t i = 0; i < pairs.size(); ++i) {
          if (i) comma_breakable();
          q_.group(0, "", "", [&] {
            pp(pairs[i].first);
            q_.text("=>");
            q_.group(1, "", "", [&] {
              q_.breakable("");
              pp(pairs[i].second);
            });
          });
        }
      });
    } else if (is_range(v)) {
      pp(vm_.call(v, intern("begin")));
      q_.breakable("");
      q_.text(vm_.call(v, intern("exclude_end?")).truthy() ? "..." : "..");
      q_.breakable("");
      Value e = vm_.call(v, intern("end"));
      if (e.truthy()) pp(e);
    } else if (vm_.is_a(v, vm_.cStruct) && inspect_owner(v) == vm_.cStruct) {
      Value members = vm_.call(v, intern("members"));
      std::string name = vm_.to_s(vm_.call(Value::object(vm_.class_of(v)), intern("name")));
      std::vector<Value> ms(ary_ptr(members)->ptr, ary_ptr(members)->ptr + ary_len(members));
      q_.group(1, "#<struct " + name, ">", [&] {
        for (size_t i = 0; i < ms.size(); ++i) {
          if (i) q_.text(",");
          q_.breakable();
          q_.text(vm_.to_s(ms[i]));
          q_.text("=");
          q_.group(1, "", "", [&] {
            q_.breakable("");
            pp(vm_.call(v, intern("[]"), {ms[i]}));
          });
        }
      });
    } else if (inspect_owner(v) == vm_.mKernel) {
      pp_object(v);
    } else {
      q_.text(vm_.inspect(v));
    }
  }

  void pretty_print_cycle(Value v) {
    if (is_array(v)) {
      q_.text(ary_len(v) == 0 ? "[]" : "[...]");
    } else if (is_hash(v)) {
      q_.text(hash_size(v) == 0 ? "{}" : "{...}");
    } else if (vm_.is_a(v, vm_.cStruct)) {
      q_.text("#<struct " + vm_.to_s(vm_.call(Value::object(vm_.class_of(v)), intern("name"))) +
              ":...>");
    } else {
      object_address_group(v, [&] {
        q_.breakable();
        q_.text("...");
      });
    }
  }

  // The module defining the inspect `v` answers to (nullptr if none).
  RClass* inspect_owner(Value v) {
    MethodEntry* me = find_method(vm_.class_of(v), intern("inspect"));
    return me ? me->owner : nullptr;
  }

  void object_address_group(Value v, const std::function<void()>& body) {
    MethodEntry* to_s = find_method(vm_.mKernel, intern("to_s"));
    std::string s = to_s ? vm_.to_s(vm_.call_entry(to_s, v, 0, nullptr, Value::nil()))
                         : vm_.to_s(v);
    if (!s.empty() && s.back() == '>') s.pop_back();
    q_.group(1, s, ">", body);
  }

  void pp_object(Value v) {
    std::vector<SymId> ivars = vm_.ivar_names(v);
    std::sort(ivars.begin(), ivars.end(),
              [](SymId a, SymId b) { return sym_name(a) < sym_name(b); });
    object_address_group(v, [&] {
      for (size_t i = 0; i < ivars.size(); ++i) {
        if (i) q_.text(",");
        q_.breakable();
        q_.text(sym_name(ivars[i]));
        q_.text("=");
        q_.group(1, "", "", [&] {
          q_.breakable("");
          pp(vm_.ivar_get(v, ivars[i]));
        });
      }
    });
  }

  Vm& vm_;
  PrettyPrint q_;
  std::vector<Value> in_progress_;
};

}  // namespace

std::string pretty_inspect(Vm& vm, Value v, int width) {
  PP pp(vm, width);
  pp.pp(v);
  return pp.result();
}

}  // namespace maglev::vm::irb
