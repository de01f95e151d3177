# ostruct: OpenStruct, a Hash of fields with accessors. Setting a field defines a
# getter and setter on the object itself (overriding Object's methods of that name, as
# CRuby's does; methods of OpenStruct's subclasses and names ending in "!" are kept);
# reading a field never set gives nil.
class OpenStruct
  VERSION = "0.5.2"

  def initialize(hash = nil)
    @table = {}
    hash&.each_pair { |k, v| self[k] = v }
  end

  def initialize_copy(orig)
    super
    @table = @table.dup
    @table.each_key { |k| define_field_methods(k) }
  end

  def to_h(&block)
    block ? @table.to_h(&block) : @table.dup
  end

  def each_pair
    return to_enum(:each_pair) { @table.size } unless block_given?
    @table.each_pair { |p| yield p }
    self
  end

  def [](name)
    @table[name.to_sym]
  end

  def []=(name, value)
    name = name.to_sym
    define_field_methods(name) unless @table.key?(name)
    @table[name] = value
  end

  def dig(name, *names)
    begin
      name = name.to_sym
    rescue NoMethodError
      raise TypeError, "#{name} is not a symbol nor a string"
    end
    @table.dig(name, *names)
  end

  def delete_field(name)
    sym = name.to_sym
    begin
      singleton_class.remove_method(sym, "#{sym}=")
    rescue NameError
    end
    return @table.delete(sym) if @table.key?(sym)
    return yield if block_given?
    raise NameError.new("no field `#{sym}' in #{self}", sym)
  end

  def method_missing(mid, *args)
    name = mid.to_s
    if name.end_with?("=")
      if args.length != 1
        raise ArgumentError, "wrong number of arguments (given #{args.length}, expected 1)", caller(1)
      end
      self[name.chomp("=")] = args[0]
    elsif args.empty? && !name.end_with?("!", "?")
      @table[mid]
    else
      err = NoMethodError.new("undefined method `#{mid}' for #{self}", mid, args)
      err.set_backtrace(caller(1))
      raise err
    end
  end

  def respond_to_missing?(mid, include_private = false)
    @table.key?(mid.to_s.chomp("=").to_sym) || super
  end

  INSPECTING = []
  private_constant :INSPECTING

  def inspect
    klass = OpenStruct.instance_method(:__class_name).bind(self).call
    return "#<#{klass} ...>" if INSPECTING.any? { |o| o.equal?(self) }
    INSPECTING << self
    begin
      fields = @table.map { |k, v| " #{k}=#{v.inspect}" }.join(",")
      "#<#{klass}#{fields}>"
    ensure
      INSPECTING.pop
    end
  end
  alias to_s inspect

  def ==(other)
    return false unless other.is_a?(OpenStruct)
    @table == other.table!
  end

  def eql?(other)
    return false unless other.is_a?(OpenStruct)
    @table.eql?(other.table!)
  end

  def hash
    @table.hash
  end

  def freeze
    @table.freeze
    super
  end

  def encode_with(coder)
    @table.each_pair { |k, v| coder[k.to_s] = v }
  end

  attr_reader :table # the fields Hash itself (json/add/ostruct writes it)
  alias table! table
  protected :table!

  private

  def __class_name
    Kernel.instance_method(:class).bind(self).call.name || "OpenStruct"
  end

  def define_field_methods(name)
    return if field_method_kept?(name)
    table = @table
    define_singleton_method(name) { table[name] }
    define_singleton_method("#{name}=") { |v| self[name] = v }
  end

  def field_method_kept?(name)
    return true if name.end_with?("!")
    return false unless respond_to?(name, true)
    owner = method(name).owner
    owner.is_a?(Class) && owner < OpenStruct
  end
end
