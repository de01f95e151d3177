# ObjectSpace::WeakMap and finalizers, in Ruby. The map compares keys by identity but
# holds them strongly (the collector has no weak references yet), which CRuby's contract
# allows: an entry may stay as long as its key lives. Finalizers run at exit, after the
# at_exit handlers, as CRuby runs those of objects still alive then.

module ObjectSpace
  class WeakMap
    include Enumerable

    def initialize
      @__map = {}.compare_by_identity
    end

    def []=(key, value)
      @__map[key] = value
    end

    def [](key) = @__map[key]
    def key?(key) = @__map.key?(key)
    alias include? key?
    alias member? key?
    def size = @__map.size
    alias length size
    def keys = @__map.keys
    def values = @__map.values

    def each
      raise LocalJumpError, "no block given" unless block_given?
      @__map.each { |k, v| yield k, v }
      self
    end
    alias each_pair each

    def each_key
      raise LocalJumpError, "no block given" unless block_given?
      @__map.each_key { |k| yield k }
      self
    end

    def each_value
      raise LocalJumpError, "no block given" unless block_given?
      @__map.each_value { |v| yield v }
      self
    end

    # Immediates show their inspect, other objects only their class and address.
    def inspect
      pairs = @__map.map { |k, v| "#{__show(k)} => #{__show(v)}" }
      base = __show(self).chomp(">")
      pairs.empty? ? "#{base}>" : "#{base}: #{pairs.join(', ')}>"
    end

    private

    def __show(o)
      case o
      when Integer, Symbol, Float, nil, true, false then o.inspect
      else Kernel.instance_method(:to_s).bind_call(o)
      end
    end
  end

  @__finalizers = {}

  def self.define_finalizer(obj, callable = nil, &blk)
    callable ||= blk
    raise ArgumentError, "tried to create Proc object without a block" if callable.nil?
    raise ArgumentError, "wrong type argument #{callable.class} (should be callable)" unless callable.respond_to?(:call)
    if obj.is_a?(Integer) || obj.is_a?(Symbol) || obj.is_a?(Float) || obj.nil? || obj == true || obj == false
      raise ArgumentError, "cannot define finalizer for #{obj.class}"
    end
    raise FrozenError.new("can't modify frozen #{obj.class}: #{obj.inspect}", receiver: obj) if obj.frozen?
    (@__finalizers[obj.__id__] ||= []) << callable
    [0, callable]
  end

  def self.undefine_finalizer(obj)
    @__finalizers.delete(obj.__id__)
    obj
  end

  def self.__run_finalizers
    table = @__finalizers
    @__finalizers = {}
    table.each { |id, procs| procs.each { |pr| pr.call(id) } }
  end

  at_exit { ObjectSpace.__run_finalizers }
end
