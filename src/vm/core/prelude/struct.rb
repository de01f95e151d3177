# Struct: classes with named members, written in Ruby.
class Struct
  include Enumerable

  def self.new(*fields, keyword_init: nil, &blk)
    if self != Struct
      obj = allocate
      obj.__send__(:initialize, *fields)
      return obj
    end
    name = nil
    name = fields.shift if fields[0].is_a?(String)
    klass = Class.new(Struct)
    Struct.const_set(name, klass) if name
    fields.each do |f|
      raise TypeError, "#{f.inspect} is not a symbol nor a string" unless f.is_a?(Symbol) || f.is_a?(String)
    end
    fields = fields.map(&:to_sym)
    klass.instance_variable_set(:@__members, fields)
    klass.instance_variable_set(:@__keyword_init, keyword_init)
    fields.each_with_index do |f, i|
      klass.define_method(f) { @__values[i] }
      klass.define_method(:"#{f}=") { |v| raise FrozenError.new("can't modify frozen #{self.class}: #{inspect}", receiver: self) if frozen?; @__values[i] = v }
    end
    class << klass
      def new(*args, **kw, &b)
        obj = allocate
        if kw.empty?
          obj.__send__(:initialize, *args, &b)
        else
          obj.__send__(:initialize, *args, **kw, &b)
        end
        obj
      end
      alias_method :[], :new

      def members
        instance_variable_get(:@__members) || superclass.members
      end

      def keyword_init?
        instance_variable_get(:@__keyword_init)
      end
    end
    klass.class_eval(&blk) if blk
    klass
  end

  def initialize(*args, **kw)
    members = self.class.members
    if kw.empty? && self.class.keyword_init? && args.size == 1 && args[0].is_a?(Hash)
      kw = args[0]
      args = []
    end
    if self.class.keyword_init? && !args.empty?
      raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0)"
    end
    if self.class.keyword_init? || (args.empty? && !kw.empty? && self.class.keyword_init? != false)
      unknown = kw.keys - members
      raise ArgumentError, "unknown keywords: #{unknown.join(', ')}" unless unknown.empty?
      @__values = members.map { |m| kw[m] }
    else
      args << kw unless kw.empty?
      raise ArgumentError, "struct size differs" if args.size > members.size
      @__values = members.each_index.map { |i| args[i] }
    end
  end

  def members
    self.class.members
  end

  def to_a
    @__values.dup
  end
  alias deconstruct to_a
  alias values to_a

  def to_h(&blk)
    h = {}
    members.each_with_index { |m, i| h[m] = @__values[i] }
    blk ? h.to_h(&blk) : h
  end

  def deconstruct_keys(keys)
    return to_h if keys.nil?
    h = {}
    keys.each do |k|
      i = k.is_a?(Integer) ? k : members.index(k.respond_to?(:to_sym) ? k.to_sym : k)
      break unless i && i < members.size
      h[k] = @__values[i]
    end
    h
  end

  def [](k)
    if k.is_a?(Integer)
      raise IndexError, "offset #{k} too large for struct(size:#{members.size})" if k >= members.size
      raise IndexError, "offset #{k} too small for struct(size:#{members.size})" if k < -members.size
      return @__values[k]
    end
    i = members.index(k.to_sym)
    raise NameError.new("no member '#{k}' in struct", k, receiver: self) unless i
    @__values[i]
  end

  def []=(k, v)
    raise FrozenError.new("can't modify frozen #{self.class}: #{inspect}", receiver: self) if frozen?
    i = k.is_a?(Integer) ? k : members.index(k.to_sym)
    raise NameError.new("no member '#{k}' in struct", k, receiver: self) unless i
    @__values[i] = v
  end

  def each(&blk)
    return to_enum(:each) { size } unless blk
    @__values.each(&blk)
    self
  end

  def each_pair(&blk)
    return to_enum(:each_pair) { size } unless blk
    members.each_with_index { |m, i| blk.call([m, @__values[i]]) }
    self
  end

  def values_at(*idx)
    idx.flat_map do |i|
      if i.is_a?(Range)
        to_a.values_at(i)
      else
        n = members.size
        raise IndexError, "offset #{i} too large for struct(size:#{n})" if i >= n
        raise IndexError, "offset #{i} too small for struct(size:#{n})" if i < -n
        [@__values[i]]
      end
    end
  end

  def select(&blk)
    return to_enum(:select) { size } unless blk
    to_a.select(&blk)
  end
  alias filter select

  def ==(o)
    o.class == self.class && o.to_a == to_a
  end

  def eql?(o)
    o.class == self.class && o.to_a.eql?(to_a)
  end

  def hash
    to_a.hash
  end

  def size
    @__values.size
  end
  alias length size

  def dig(k, *rest)
    v = self[k]
    return v if rest.empty? || v.nil?
    raise TypeError, "#{v.class} does not have #dig method" unless v.respond_to?(:dig)
    v.dig(*rest)
  end

  def inspect
    name = self.class.name
    ids = (Struct.instance_variable_get(:@__inspecting) || Struct.instance_variable_set(:@__inspecting, []))
    return "#<struct #{name || self.class.inspect}:...>" if ids.include?(object_id)
    ids << object_id
    begin
      fields = members.each_with_index.map { |m, i| "#{m}=#{@__values[i].inspect}" }.join(", ")
    ensure
      ids.pop
    end
    name ? "#<struct #{name} #{fields}>" : "#<struct #{fields}>"
  end
  alias to_s inspect

  def initialize_copy(o)
    @__values = o.to_a
  end
end
