# Kernel methods written in Ruby (loaded at boot, before the program).
module Kernel
  private

  def loop
    return to_enum(:loop) { Float::INFINITY } unless block_given?
    begin
      while true
        yield
      end
    rescue StopIteration => e
      e.result
    end
  end

  def __make_curry(proc, arity, args)
    lambda do |*more|
      all = args + more
      if all.size >= arity
        proc.call(*all)
      else
        __make_curry(proc, arity, all)
      end
    end
  end

  def pp(*objs)
    objs.each { |o| p o }
    objs.size <= 1 ? objs.first : objs
  end
end
# Small Kernel/Object helpers written in Ruby.
