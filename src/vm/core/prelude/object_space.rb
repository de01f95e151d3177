# ObjectSpace::WeakMap's iteration and inspect, and finalizers, in Ruby. The map
# itself is native (core/weak_map.cc): it holds its keys and values weakly, comparing
# keys by identity, and a collection drops a pair when either member died. Finalizers
# run at exit, after the at_exit handlers, as CRuby runs those of objects still alive
# then.

module ObjectSpace
  class WeakMap
    include Enumerable

    def keys = __pairs.map(&:first)
    def values = __pairs.map(&:last)

    def each
      raise LocalJumpError, "no block given" unless block_given?
      __pairs.each { |k, v| yield k, v }
      self
    end
    alias each_pair each

    def each_key
      raise LocalJumpError, "no block given" unless block_given?
      __pairs.each { |k, _| yield k }
      self
    end

    def each_value
      raise LocalJumpError, "no block given" unless block_given?
      __pairs.each { |_, v| yield v }
      self
    end

    # Immediates show their inspect, other objects only their class and address.
    def inspect
      pairs = __pairs.map { |k, v| "#{__show(k)} => #{__show(v)}" }
      base = __show(self).chomp(">")
      pairs.empty? ? "#{base}>" : "#{base}: #{pairs.join(', ')}>"
    end

    private :__pairs

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
