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
end
# Small Kernel/Object helpers written in Ruby.

class Thread
  module Backtrace
    # One frame of a backtrace ("file:line:in `label'"), as caller_locations gives.
    class Location
      def initialize(line)
        @line = line
        m = /\A(.*?):(\d+)(?::in `(.*)')?\z/.match(line)
        @path = m ? m[1] : line
        @lineno = m ? m[2].to_i : 0
        @label = m ? m[3] : nil
      end
      attr_reader :path, :lineno, :label

      def absolute_path
        File.expand_path(@path)
      end

      def base_label
        @label && @label.sub(/\Ablock (\(\d+ levels\) )?in /, "")
      end

      def to_s
        @line
      end

      def inspect
        @line.inspect
      end
    end
  end
end

module Kernel
  private

  def caller_locations(start = 1, length = nil)
    if start.is_a?(Range)   # shifted by one frame: this method's own
      b, e = start.begin, start.end
      b = b.nil? ? 1 : b < 0 ? b : b + 1
      e += 1 if e && e >= 0
      lines = caller(Range.new(b, e, start.exclude_end?))
    else
      raise ArgumentError, "negative level (#{start})" if start.to_int < 0
      lines = caller(start.to_int + 1, length)
    end
    lines&.map { |l| Thread::Backtrace::Location.new(l) }
  end
end
