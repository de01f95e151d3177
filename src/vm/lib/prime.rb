# prime: Prime, the enumerable of prime numbers (Prime.each, Prime.first, Prime.prime?,
# Prime.prime_division, Prime.int_from_prime_division), Integer#prime? and
# Integer#prime_division. Primes come from a sieve that grows as far as asked.
require "singleton"
require "forwardable"

class Integer
  def self.from_prime_division(pd)
    Prime.int_from_prime_division(pd)
  end

  def prime_division(generator = Prime::Generator23.new)
    Prime.prime_division(self, generator)
  end

  def prime?
    return self >= 2 if self <= 3
    return false if self % 2 == 0 || self % 3 == 0
    i = 5
    while i * i <= self
      return false if self % i == 0 || self % (i + 2) == 0
      i += 6
    end
    true
  end

  def self.each_prime(ubound, &block)
    Prime.each(ubound, &block)
  end
end

class Prime
  VERSION = "0.1.2"

  include Enumerable
  include Singleton

  class << self
    extend Forwardable
    include Enumerable

    def method_added(method)
      (class << self; self; end).def_delegator :instance, method
    end
  end

  def each(ubound = nil, generator = EratosthenesGenerator.new, &block)
    generator.upper_bound = ubound
    generator.each(&block)
  end

  def include?(obj)
    case obj
    when Integer then prime?(obj)
    else false
    end
  end

  def prime?(value, generator = Prime::Generator23.new)
    raise ArgumentError, "Expected an integer, got #{value}" unless value.respond_to?(:integer?) && value.integer?
    value.prime?
  end

  def int_from_prime_division(pd)
    pd.inject(1) { |value, (prime, index)| value * prime**index }
  end

  def prime_division(value, generator = Prime::Generator23.new)
    raise ZeroDivisionError if value == 0
    if value < 0
      value = -value
      pv = [[-1, 1]]
    else
      pv = []
    end
    generator.each do |prime|
      count = 0
      while (value1, mod = value.divmod(prime)
             mod) == 0
        value = value1
        count += 1
      end
      pv.push [prime, count] if count != 0
      break if value1 <= prime
    end
    pv.push [value, 1] if value > 1
    pv
  end

  class PseudoPrimeGenerator
    include Enumerable

    def initialize(ubound = nil)
      @ubound = ubound
    end

    def upper_bound=(ubound)
      @ubound = ubound
    end

    def upper_bound
      @ubound
    end

    def succ
      raise NotImplementedError, "need to define `succ'"
    end

    def next
      raise NotImplementedError, "need to define `next'"
    end

    def rewind
      raise NotImplementedError, "need to define `rewind'"
    end

    def each
      return enum_for(:each) unless block_given?
      if @ubound
        last_value = nil
        loop do
          prime = succ
          break last_value if prime > @ubound
          last_value = yield prime
        end
      else
        loop { yield succ }
      end
    end

    def with_index(offset = 0, &block)
      return enum_for(:with_index, offset) { Float::INFINITY } unless block
      each_with_index { |prime, i| yield prime, i + offset }
    end

    def size
      Float::INFINITY
    end
  end

  class EratosthenesGenerator < PseudoPrimeGenerator
    def initialize
      @last_prime_index = -1
      super
    end

    def succ
      @last_prime_index += 1
      EratosthenesSieve.instance.get_nth_prime(@last_prime_index)
    end

    def rewind
      initialize
    end
    alias next succ
  end

  class TrialDivisionGenerator < EratosthenesGenerator
  end

  # 2, 3, then the numbers 6k +- 1: a superset of the primes, for trial division.
  class Generator23 < PseudoPrimeGenerator
    def initialize
      @prime = 1
      @step = nil
      super
    end

    def succ
      if @step
        @prime += @step
        @step = 6 - @step
      else
        case @prime
        when 1 then @prime = 2
        when 2 then @prime = 3
        when 3
          @prime = 5
          @step = 2
        end
      end
      @prime
    end
    alias next succ

    def rewind
      initialize
    end
  end

  # The primes found so far; sieves a larger segment when asked past them.
  class EratosthenesSieve
    include Singleton

    def initialize
      @primes = [2, 3, 5, 7, 11, 13]
      @max_checked = @primes.last + 1
    end

    def get_nth_prime(n)
      compute_primes while @primes.size <= n
      @primes[n]
    end

    private

    # Sieves the odd numbers of the next segment, [lo, hi] with hi at most the square of
    # the largest number checked so far (so every prime needed is known).
    def compute_primes
      lo = @max_checked
      lo += 1 if lo.even?
      hi = [lo + 200_000, (@max_checked - 1)**2].min
      flags = Array.new((hi - lo) / 2 + 1, true)
      root = Integer.sqrt(hi)
      @primes.each do |prime|
        next if prime == 2
        break if prime > root
        k = [prime * prime, (lo + prime - 1) / prime * prime].max
        k += prime if k.even?
        while k <= hi
          flags[(k - lo) / 2] = false
          k += 2 * prime
        end
      end
      flags.each_with_index { |f, i| @primes << lo + 2 * i if f }
      @max_checked = hi + 1
    end
  end
end
