# securerandom: SecureRandom (hex, uuid, random_number, alphanumeric, base64, ...) from
# the operating system's randomness (Random.urandom, getrandom(2)).
module Random::Formatter
  def random_bytes(n = nil)
    gen_random(n.nil? ? 16 : n.to_int)
  end

  def hex(n = nil)
    random_bytes(n).unpack1("H*")
  end

  def base64(n = nil)
    [random_bytes(n)].pack("m0")
  end

  def urlsafe_base64(n = nil, padding = false)
    s = base64(n).tr("+/", "-_")
    s = s.delete("=") unless padding
    s
  end

  def uuid
    b = random_bytes(16).bytes
    b[6] = (b[6] & 0x0f) | 0x40
    b[8] = (b[8] & 0x3f) | 0x80
    h = b.map { |x| format("%02x", x) }.join
    "#{h[0, 8]}-#{h[8, 4]}-#{h[12, 4]}-#{h[16, 4]}-#{h[20, 12]}"
  end

  # A uniform Integer in [0, n) from random bits (rejection sampling: no modulo bias).
  def random_integer(n)
    return 0 if n <= 1
    bits = (n - 1).bit_length
    bytes = (bits + 7) / 8
    mask = (1 << bits) - 1
    loop do
      v = random_bytes(bytes).unpack1("H*").to_i(16) & mask
      return v if v < n
    end
  end
  private :random_integer

  def random_float
    (random_bytes(8).unpack1("H*").to_i(16) >> 11) * (1.0 / (1 << 53))
  end
  private :random_float

  def random_number(n = 0)
    case n
    when Integer
      n > 0 ? random_integer(n) : random_float
    when Float
      n > 0 ? random_float * n : random_float
    when Range
      first = n.begin
      last = n.end
      if first.is_a?(Integer) && last.is_a?(Integer)
        last -= 1 if n.exclude_end?
        return nil if last < first
        first + random_integer(last - first + 1)
      else
        first + random_float * (last - first)
      end
    else
      random_float
    end
  end

  def rand(n = 0)
    random_number(n)
  end

  ALPHANUMERIC = [*"A".."Z", *"a".."z", *"0".."9"].freeze

  def choose(source, n)
    Array.new(n) { source[random_integer(source.size)] }.join
  end
  private :choose

  def alphanumeric(n = nil)
    choose(ALPHANUMERIC, n.nil? ? 16 : n)
  end
end

module SecureRandom
  extend Random::Formatter

  def self.gen_random(n)
    Random.urandom(n)
  end

  def self.bytes(n)
    gen_random(n)
  end
end
