# Kernel#pp and #pretty_inspect: CRuby's PrettyPrint (Oppen's algorithm: groups whose
# breakables all break when the group does not fit in 79 columns, outermost first) and
# PP's layouts for Array, Hash, Struct, Range, multi-line Strings and objects with
# instance variables (sorted, as pretty_print_instance_variables gives them).
class PrettyPrint
  def self.format(output = +"", maxwidth = 79, newline = "\n", genspace = nil)
    q = new(output, maxwidth, newline, &genspace)
    yield q
    q.flush
    output
  end

  attr_reader :output, :maxwidth, :newline, :genspace, :indent, :group_queue

  def initialize(output = +"", maxwidth = 79, newline = "\n", &genspace)
    @output = output
    @maxwidth = maxwidth
    @newline = newline
    @genspace = genspace || ->(n) { " " * n }
    @output_width = 0
    @buffer_width = 0
    @buffer = []
    root = Group.new(0)
    @group_stack = [root]
    @group_queue = GroupQueue.new(root)
    @indent = 0
  end

  def current_group = @group_stack.last

  def break_outmost_groups
    while @maxwidth < @output_width + @buffer_width
      return unless (group = @group_queue.deq)
      until group.breakables.empty?
        data = @buffer.shift
        @output_width = data.output(@output, @output_width)
        @buffer_width -= data.width
      end
      while !@buffer.empty? && @buffer.first.is_a?(Text)
        text = @buffer.shift
        @output_width = text.output(@output, @output_width)
        @buffer_width -= text.width
      end
    end
  end

  def text(obj, width = obj.length)
    if @buffer.empty?
      @output << obj
      @output_width += width
    else
      text = @buffer.last
      unless text.is_a?(Text)
        text = Text.new
        @buffer << text
      end
      text.add(obj, width)
      @buffer_width += width
      break_outmost_groups
    end
  end

  def fill_breakable(sep = " ", width = sep.length)
    group { breakable(sep, width) }
  end

  def breakable(sep = " ", width = sep.length)
    group = @group_stack.last
    if group.break?
      flush
      @output << @newline
      @output << @genspace.call(@indent)
      @output_width = @indent
      @buffer_width = 0
    else
      @buffer << Breakable.new(sep, width, self)
      @buffer_width += width
      break_outmost_groups
    end
  end

  def group(indent = 0, open_obj = "", close_obj = "", open_width = open_obj.length, close_width = close_obj.length)
    text(open_obj, open_width)
    group_sub { nest(indent) { yield } }
    text(close_obj, close_width)
  end

  def group_sub
    group = Group.new(@group_stack.last.depth + 1)
    @group_stack.push(group)
    @group_queue.enq(group)
    begin
      yield
    ensure
      @group_stack.pop
      @group_queue.delete(group) if group.breakables.empty?
    end
  end

  def nest(indent)
    @indent += indent
    begin
      yield
    ensure
      @indent -= indent
    end
  end

  def flush
    @buffer.each { |data| @output_width = data.output(@output, @output_width) }
    @buffer.clear
    @buffer_width = 0
  end

  class Text
    attr_reader :width

    def initialize
      @objs = []
      @width = 0
    end

    def output(out, output_width)
      @objs.each { |obj| out << obj }
      output_width + @width
    end

    def add(obj, width)
      @objs << obj
      @width += width
    end
  end

  class Breakable
    attr_reader :obj, :width, :indent

    def initialize(sep, width, q)
      @obj = sep
      @width = width
      @pp = q
      @indent = q.indent
      @group = q.current_group
      @group.breakables.push(self)
    end

    def output(out, output_width)
      @group.breakables.shift
      if @group.break?
        out << @pp.newline
        out << @pp.genspace.call(@indent)
        @indent
      else
        @pp.group_queue.delete(@group) if @group.breakables.empty?
        out << @obj
        output_width + @width
      end
    end
  end

  class Group
    attr_reader :depth, :breakables

    def initialize(depth)
      @depth = depth
      @breakables = []
      @break = false
    end

    def break
      @break = true
    end

    def break? = @break
  end

  class GroupQueue
    def initialize(*groups)
      @queue = []
      groups.each { |g| enq(g) }
    end

    def enq(group)
      depth = group.depth
      @queue << [] until depth < @queue.length
      @queue[depth] << group
    end

    def deq
      @queue.each do |gs|
        (gs.length - 1).downto(0) do |i|
          next if gs[i].breakables.empty?
          group = gs.slice!(i, 1).first
          group.break
          return group
        end
        gs.each(&:break)
        gs.clear
      end
      nil
    end

    def delete(group)
      @queue[group.depth].delete(group)
    end
  end
end

class PP < PrettyPrint
  def self.pp(obj, out = $stdout, width = 79)
    q = new(out, width)
    q.guard_inspect_key { q.pp(obj) }
    q.flush
    out << "\n"
  end

  def self.singleline_pp(obj, out = $stdout)
    out << obj.inspect
  end

  def initialize(*)
    super
    @__visiting = {}.compare_by_identity
  end

  def guard_inspect_key
    yield
  end

  def pp(obj)
    if @__visiting.key?(obj)
      group { obj.pretty_print_cycle(self) }
      return
    end
    begin
      @__visiting[obj] = true
      group { obj.pretty_print(self) }
    ensure
      @__visiting.delete(obj)
    end
  end

  def comma_breakable
    text ","
    breakable
  end

  def seplist(list, sep = nil, iter_method = :each)
    sep ||= -> { comma_breakable }
    first = true
    list.__send__(iter_method) do |*v|
      if first
        first = false
      else
        sep.call
      end
      yield(*v)
    end
  end

  def object_address_group(obj, &block)
    group(1, "#<#{obj.class}:0x#{(obj.__id__ << 3).to_s(16).rjust(16, '0')}", ">", &block)
  end

  def object_group(obj, &block)
    group(1, "#<#{obj.class}", ">", &block)
  end

  def pp_object(obj)
    object_address_group(obj) do
      seplist(obj.pretty_print_instance_variables, -> { text "," }) do |v|
        breakable
        v = v.to_s if v.is_a?(Symbol)
        text v
        text "="
        group(1) do
          breakable ""
          pp(obj.instance_variable_get(v))
        end
      end
    end
  end

  def pp_hash(obj)
    group(1, "{", "}") do
      seplist(obj, nil, :each_pair) do |k, v|
        group do
          pp k
          text "=>"
          group(1) do
            breakable ""
            pp v
          end
        end
      end
    end
  end
end

class Object
  def pretty_print(q)
    m = begin
      method(:inspect)
    rescue NameError
      nil
    end
    if m && !m.owner.equal?(Kernel) && !m.owner.equal?(Object)
      q.text inspect
    elsif instance_variables.empty?
      q.text inspect
    else
      q.pp_object(self)
    end
  end

  def pretty_print_cycle(q)
    q.object_address_group(self) do
      q.breakable
      q.text "..."
    end
  end

  def pretty_print_instance_variables = instance_variables.sort

  def pretty_print_inspect
    raise RuntimeError, "pretty_print is not overridden for #{self.class}" if method(:pretty_print).owner.equal?(Object)
    PP.singleline_pp(self, +"")
  end
end

class Array
  def pretty_print(q)
    q.group(1, "[", "]") { q.seplist(self) { |v| q.pp v } }
  end

  def pretty_print_cycle(q)
    q.text(empty? ? "[]" : "[...]")
  end
end

class Hash
  def pretty_print(q)
    q.pp_hash self
  end

  def pretty_print_cycle(q)
    q.text(empty? ? "{}" : "{...}")
  end
end

class Struct
  def pretty_print(q)
    q.group(1, "#<struct #{self.class.name}", ">") do
      q.seplist(members, -> { q.text "," }) do |member|
        q.breakable
        q.text member.to_s
        q.text "="
        q.group(1) do
          q.breakable ""
          q.pp self[member]
        end
      end
    end
  end

  def pretty_print_cycle(q)
    q.text format("#<struct %s:...>", self.class.name)
  end
end

class Range
  def pretty_print(q)
    q.pp self.begin
    q.breakable ""
    q.text(exclude_end? ? "..." : "..")
    q.breakable ""
    q.pp self.end if self.end
  end
end

class String
  def pretty_print(q)
    lines = self.lines
    if lines.size > 1
      q.group(0, "", "") do
        q.seplist(lines, -> { q.text " +"; q.breakable }) { |v| q.pp v }
      end
    else
      q.text inspect
    end
  end
end

module Kernel
  def pretty_inspect
    PP.pp(self, +"")
  end

  private

  def pp(*objs)
    objs.each { |obj| PP.pp(obj) }
    objs.size <= 1 ? objs.first : objs
  end
end
