# digest: Digest::MD5, SHA1, SHA256, SHA384, SHA512, SHA2 (hexdigest, digest, base64digest,
# file; new/update/<</reset for incremental use), written in Ruby: each algorithm is a
# compression function over 64- or 128-byte blocks of the padded message.
module Digest
  VERSION = "3.1.0"

  class DigestError < StandardError
  end

  def self.hexencode(str)
    str.unpack1("H*")
  end

  module Instance
    def update(str)
      @buffer << str.to_s.b
      self
    end
    alias << update

    def reset
      @buffer = "".b
      self
    end

    def digest(str = nil)
      return self.class.digest(str) if str
      finish
    end

    def digest!
      d = finish
      reset
      d
    end

    def hexdigest(str = nil)
      Digest.hexencode(digest(str))
    end
    alias to_s hexdigest

    def hexdigest!
      h = hexdigest
      reset
      h
    end

    def base64digest(str = nil)
      [digest(str)].pack("m0")
    end

    def base64digest!
      b = base64digest
      reset
      b
    end

    def file(name)
      update(File.binread(name))
    end

    def ==(other)
      other = other.hexdigest if other.is_a?(Digest::Instance)
      other.is_a?(String) && (hexdigest == other || digest == other)
    end

    def length
      digest_length
    end
    alias size length

    def inspect
      "#<#{self.class.name}: #{hexdigest}>"
    end
  end

  class Class
    include Instance

    def self.digest(str, *args)
      new(*args).update(str).digest
    end

    def self.hexdigest(str, *args)
      Digest.hexencode(digest(str, *args))
    end

    def self.base64digest(str, *args)
      [digest(str, *args)].pack("m0")
    end

    def self.file(name, *args)
      new(*args).file(name)
    end

    def initialize
      @buffer = "".b
    end

    def initialize_copy(other)
      super
      @buffer = other.instance_variable_get(:@buffer).dup
    end
  end

  class Base < Class
    private

    def finish
      compute(@buffer)
    end
  end

  M32 = 0xffffffff
  M64 = 0xffffffffffffffff
  private_constant :M32, :M64

  class MD5 < Base
    S = [7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
         5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
         4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
         6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21].freeze
    K = (0...64).map { |i| (Math.sin(i + 1).abs * 2**32).floor & 0xffffffff }.freeze

    def block_length = 64
    def digest_length = 16

    private

    def compute(msg)
      m32 = 0xffffffff
      len = msg.bytesize
      data = msg + "\x80".b + ("\0" * ((55 - len) % 64)).b + [len * 8 & 0xffffffffffffffff].pack("Q<")
      a0, b0, c0, d0 = 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476
      (data.bytesize / 64).times do |blk|
        w = data.byteslice(blk * 64, 64).unpack("V16")
        a, b, c, d = a0, b0, c0, d0
        64.times do |i|
          if i < 16
            f = (b & c) | (~b & d)
            g = i
          elsif i < 32
            f = (d & b) | (~d & c)
            g = (5 * i + 1) % 16
          elsif i < 48
            f = b ^ c ^ d
            g = (3 * i + 5) % 16
          else
            f = c ^ (b | (~d & m32))
            g = (7 * i) % 16
          end
          f = (f + a + K[i] + w[g]) & m32
          a = d
          d = c
          c = b
          s = S[i]
          b = (b + (((f << s) | (f >> (32 - s))) & m32)) & m32
        end
        a0 = (a0 + a) & m32
        b0 = (b0 + b) & m32
        c0 = (c0 + c) & m32
        d0 = (d0 + d) & m32
      end
      [a0, b0, c0, d0].pack("V4")
    end
  end

  class SHA1 < Base
    def block_length = 64
    def digest_length = 20

    private

    def compute(msg)
      m32 = 0xffffffff
      len = msg.bytesize
      data = msg + "\x80".b + ("\0" * ((55 - len) % 64)).b + [len * 8 & 0xffffffffffffffff].pack("Q>")
      h0, h1, h2, h3, h4 = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0
      (data.bytesize / 64).times do |blk|
        w = data.byteslice(blk * 64, 64).unpack("N16")
        (16...80).each do |i|
          x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
          w[i] = ((x << 1) | (x >> 31)) & m32
        end
        a, b, c, d, e = h0, h1, h2, h3, h4
        80.times do |i|
          if i < 20
            f = (b & c) | (~b & d)
            k = 0x5A827999
          elsif i < 40
            f = b ^ c ^ d
            k = 0x6ED9EBA1
          elsif i < 60
            f = (b & c) | (b & d) | (c & d)
            k = 0x8F1BBCDC
          else
            f = b ^ c ^ d
            k = 0xCA62C1D6
          end
          t = ((((a << 5) | (a >> 27)) & m32) + (f & m32) + e + k + w[i]) & m32
          e = d
          d = c
          c = ((b << 30) | (b >> 2)) & m32
          b = a
          a = t
        end
        h0 = (h0 + a) & m32
        h1 = (h1 + b) & m32
        h2 = (h2 + c) & m32
        h3 = (h3 + d) & m32
        h4 = (h4 + e) & m32
      end
      [h0, h1, h2, h3, h4].pack("N5")
    end
  end

  class SHA256 < Base
    K = [
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
      0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
      0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
      0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
      0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
      0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
      0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
    ].freeze
    INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19].freeze

    def block_length = 64
    def digest_length = 32

    private

    def initial
      INIT
    end

    def compute(msg)
      m32 = 0xffffffff
      len = msg.bytesize
      data = msg + "\x80".b + ("\0" * ((55 - len) % 64)).b + [len * 8 & 0xffffffffffffffff].pack("Q>")
      h = initial.dup
      (data.bytesize / 64).times do |blk|
        w = data.byteslice(blk * 64, 64).unpack("N16")
        (16...64).each do |i|
          x = w[i - 15]
          y = w[i - 2]
          s0 = ((x >> 7) | (x << 25)) ^ ((x >> 18) | (x << 14)) ^ (x >> 3)
          s1 = ((y >> 17) | (y << 15)) ^ ((y >> 19) | (y << 13)) ^ (y >> 10)
          w[i] = (w[i - 16] + (s0 & m32) + w[i - 7] + (s1 & m32)) & m32
        end
        a, b, c, d, e, f, g, hh = h
        64.times do |i|
          s1 = (((e >> 6) | (e << 26)) ^ ((e >> 11) | (e << 21)) ^ ((e >> 25) | (e << 7))) & m32
          ch = (e & f) ^ (~e & g)
          t1 = (hh + s1 + (ch & m32) + K[i] + w[i]) & m32
          s0 = (((a >> 2) | (a << 30)) ^ ((a >> 13) | (a << 19)) ^ ((a >> 22) | (a << 10))) & m32
          maj = (a & b) ^ (a & c) ^ (b & c)
          t2 = (s0 + maj) & m32
          hh = g
          g = f
          f = e
          e = (d + t1) & m32
          d = c
          c = b
          b = a
          a = (t1 + t2) & m32
        end
        h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + hh].map { |v| v & m32 }
      end
      h.pack("N8")[0, digest_length]
    end
  end

  class SHA512 < Base
    K = %w[
      428a2f98d728ae22 7137449123ef65cd b5c0fbcfec4d3b2f e9b5dba58189dbbc 3956c25bf348b538
      59f111f1b605d019 923f82a4af194f9b ab1c5ed5da6d8118 d807aa98a3030242 12835b0145706fbe
      243185be4ee4b28c 550c7dc3d5ffb4e2 72be5d74f27b896f 80deb1fe3b1696b1 9bdc06a725c71235
      c19bf174cf692694 e49b69c19ef14ad2 efbe4786384f25e3 0fc19dc68b8cd5b5 240ca1cc77ac9c65
      2de92c6f592b0275 4a7484aa6ea6e483 5cb0a9dcbd41fbd4 76f988da831153b5 983e5152ee66dfab
      a831c66d2db43210 b00327c898fb213f bf597fc7beef0ee4 c6e00bf33da88fc2 d5a79147930aa725
      06ca6351e003826f 142929670a0e6e70 27b70a8546d22ffc 2e1b21385c26c926 4d2c6dfc5ac42aed
      53380d139d95b3df 650a73548baf63de 766a0abb3c77b2a8 81c2c92e47edaee6 92722c851482353b
      a2bfe8a14cf10364 a81a664bbc423001 c24b8b70d0f89791 c76c51a30654be30 d192e819d6ef5218
      d69906245565a910 f40e35855771202a 106aa07032bbd1b8 19a4c116b8d2d0c8 1e376c085141ab53
      2748774cdf8eeb99 34b0bcb5e19b48a8 391c0cb3c5c95a63 4ed8aa4ae3418acb 5b9cca4f7763e373
      682e6ff3d6b2b8a3 748f82ee5defb2fc 78a5636f43172f60 84c87814a1f0ab72 8cc702081a6439ec
      90befffa23631e28 a4506cebde82bde9 bef9a3f7b2c67915 c67178f2e372532b ca273eceea26619c
      d186b8c721c0c207 eada7dd6cde0eb1e f57d4f7fee6ed178 06f067aa72176fba 0a637dc5a2c898a6
      113f9804bef90dae 1b710b35131c471b 28db77f523047d84 32caab7b40c72493 3c9ebe0a15c9bebc
      431d67c49c100d4c 4cc5d4becb3e42b6 597f299cfc657e2a 5fcb6fab3ad6faec 6c44198c4a475817
    ].map { |x| x.to_i(16) }.freeze
    INIT = %w[6a09e667f3bcc908 bb67ae8584caa73b 3c6ef372fe94f82b a54ff53a5f1d36f1
              510e527fade682d1 9b05688c2b3e6c1f 1f83d9abfb41bd6b 5be0cd19137e2179].map { |x| x.to_i(16) }.freeze

    def block_length = 128
    def digest_length = 64

    private

    def initial
      INIT
    end

    def compute(msg)
      m = 0xffffffffffffffff
      len = msg.bytesize
      data = msg + "\x80".b + ("\0" * ((111 - len) % 128)).b + [0, len * 8 & m].pack("Q>Q>")
      h = initial.dup
      rotr = ->(x, n) { ((x >> n) | (x << (64 - n))) & m }
      (data.bytesize / 128).times do |blk|
        w = data.byteslice(blk * 128, 128).unpack("Q>16")
        (16...80).each do |i|
          x = w[i - 15]
          y = w[i - 2]
          s0 = rotr.(x, 1) ^ rotr.(x, 8) ^ (x >> 7)
          s1 = rotr.(y, 19) ^ rotr.(y, 61) ^ (y >> 6)
          w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & m
        end
        a, b, c, d, e, f, g, hh = h
        80.times do |i|
          s1 = rotr.(e, 14) ^ rotr.(e, 18) ^ rotr.(e, 41)
          ch = (e & f) ^ (~e & m & g)
          t1 = (hh + s1 + ch + K[i] + w[i]) & m
          s0 = rotr.(a, 28) ^ rotr.(a, 34) ^ rotr.(a, 39)
          maj = (a & b) ^ (a & c) ^ (b & c)
          t2 = (s0 + maj) & m
          hh = g
          g = f
          f = e
          e = (d + t1) & m
          d = c
          c = b
          b = a
          a = (t1 + t2) & m
        end
        h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + hh].map { |v| v & m }
      end
      h.pack("Q>8")[0, digest_length]
    end
  end

  class SHA384 < SHA512
    INIT = %w[cbbb9d5dc1059ed8 629a292a367cd507 9159015a3070dd17 152fecd8f70e5939
              67332667ffc00b31 8eb44a8768581511 db0c2e0d64f98fa7 47b5481dbefa4fa4].map { |x| x.to_i(16) }.freeze

    def digest_length = 48

    private

    def initial
      INIT
    end
  end

  # Digest::SHA2.new(bitlen): SHA-256, SHA-384 or SHA-512 chosen by its bit length.
  class SHA2 < Class
    ALGORITHMS = { 256 => SHA256, 384 => SHA384, 512 => SHA512 }.freeze

    def initialize(bitlen = 256)
      algorithm = ALGORITHMS[bitlen]
      raise ArgumentError, "unsupported bit length: %s" % bitlen.inspect unless algorithm
      @bitlen = bitlen
      @sha2 = algorithm.new
    end

    def initialize_copy(other)
      @sha2 = other.instance_variable_get(:@sha2).dup
    end

    def update(str)
      @sha2.update(str)
      self
    end
    alias << update

    def reset
      @sha2.reset
      self
    end

    def block_length = @sha2.block_length
    def digest_length = @sha2.digest_length

    def inspect
      "#<Digest::SHA2:#{@bitlen} #{hexdigest}>"
    end

    private

    def finish
      @sha2.digest
    end
  end
end

def Digest(name)
  Digest.const_get(name)
end
