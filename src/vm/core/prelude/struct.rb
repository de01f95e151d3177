# Struct: classes with named members; members, initialize and by-index access are
# native (core/struct.cc).
class Struct
  include Enumerable

  # Struct.new(...) makes a struct class (Struct.new on a struct class, native, makes an
  # instance).
  def self.__define(*fields, keyword_init: nil, &blk)
    raise ArgumentError, "wrong number of arguments (given 0, expected 1+)" if fields.empty?
    name = fields[0].is_a?(Symbol) ? nil : fields.shift
    unless name.nil?
      given = name
      name = String.try_convert(given) or raise TypeError, "no implicit conversion of #{given.class} into String"
      raise NameError, "identifier #{name} needs to be constant" unless name.match?(/\A[A-Z]/)
    end
    fields = fields.map do |f|
      next f if f.is_a?(Symbol)
      str = String.try_convert(f) or raise TypeError, "#{f.inspect} is not a symbol"
      str.to_sym
    end
    dup = fields.find { |f| fields.count(f) > 1 }
    raise ArgumentError, "duplicate member: #{dup}" if dup
    klass = Class.new(Struct)
    Struct.const_set(name, klass) if name
    Struct.__define_members(klass, fields)
    klass.instance_variable_set(:@__keyword_init, keyword_init)
    klass.class_eval(&blk) if blk
    klass
  end

  def self.members
    raise NoMethodError.new("undefined method `members' for Struct:Class", :members, receiver: self) if equal?(Struct)
    ancestors.find { |c| c.instance_variable_defined?(:@__members) }.instance_variable_get(:@__members).dup
  end

  # "K(keyword_init: true)" for a keyword_init struct class.
  def self.inspect
    s = super
    equal?(Struct) || !keyword_init? ? s : "#{s}(keyword_init: true)"
  end

  def self.keyword_init?
    raise NoMethodError.new("undefined method `keyword_init?' for Struct:Class", :keyword_init?, receiver: self) if equal?(Struct)
    ancestors.find { |c| c.instance_variable_defined?(:@__members) }.instance_variable_get(:@__keyword_init)
  end

  def members
    self.class.members
  end

  def to_a = __values
  alias deconstruct to_a
  alias values to_a

  def to_h(&blk)
    h = {}
    values = __values
    members.each_with_index { |m, i| h[m] = values[i] }
    blk ? h.to_h(&blk) : h
  end

  def deconstruct_keys(keys)
    return to_h if keys.nil?
    h = {}
    keys.each do |k|
      i = k.is_a?(Integer) ? k : members.index(k.respond_to?(:to_sym) ? k.to_sym : k)
      break unless i && i < members.size
      h[k] = __get(i)
    end
    h
  end

  # The member index of k (rb_struct_pos): a Symbol or String names a member, anything
  # else is an offset through to_int, negative from the end.
  def __index(k)
    if k.is_a?(Symbol) || k.is_a?(String)
      i = members.index(k.to_sym)
      raise NameError.new("no member '#{k}' in struct", k, receiver: self) unless i
      return i
    end
    raise TypeError, "no implicit conversion from nil to integer" if k.nil?
    i = __to_int(k)
    n = members.size
    raise IndexError, "offset #{i} too small for struct(size:#{n})" if i < -n
    raise IndexError, "offset #{i} too large for struct(size:#{n})" if i >= n
    i < 0 ? i + n : i
  end
  private :__index

  def [](k)
    __get(__index(k))
  end

  def []=(k, v)
    i = __index(k)
    raise FrozenError.new("can't modify frozen #{self.class}: #{inspect}", receiver: self) if frozen?
    __set(i, v)
  end

  def each(&blk)
    return to_enum(:each) { size } unless blk
    __values.each(&blk)
    self
  end

  def each_pair(&blk)
    return to_enum(:each_pair) { size } unless blk
    values = __values
    members.each_with_index { |m, i| blk.call([m, values[i]]) }
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
        [__get(i < 0 ? i + n : i)]
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

  def size = members.size
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
      values = __values
      fields = members.each_with_index.map do |m, i|
        "#{m.name.match?(/\A[[:alpha:]_][[:alnum:]_]*\z/) ? m : m.inspect}=#{values[i].inspect}"
      end.join(", ")
    ensure
      ids.pop
    end
    name ? "#<struct #{name} #{fields}>" : "#<struct #{fields}>"
  end
  alias to_s inspect

  def initialize_copy(o)
    o.to_a.each_with_index { |v, i| __set(i, v) }
  end
end
