# ipaddr: IPAddr, an IPv4 or IPv6 address (an Integer) with a network mask, as ipaddr
# 1.2.4 (CRuby 3.1) behaves: parsing ("192.168.0.0/24", "::1", "[fe80::1%eth0]"),
# masks and prefixes, include?, ranges, bit operations, the text forms (to_s compresses
# IPv6, to_string does not; inspect shows address/netmask) and the error classes.
require "socket"

class IPAddr
  VERSION = "1.2.4"

  IN4MASK = 0xffffffff
  IN6MASK = 0xffffffffffffffffffffffffffffffff
  IN6FORMAT = (["%.4x"] * 8).join(":")

  RE_IPV4ADDRLIKE = /\A(\d+)\.(\d+)\.(\d+)\.(\d+)\z/
  # Eight groups, or six groups and a dotted quad.
  RE_IPV6ADDRLIKE_FULL = /\A(?:(?:[\da-f]{1,4}:){7}[\da-f]{1,4}|((?:[\da-f]{1,4}:){6})(\d+)\.(\d+)\.(\d+)\.(\d+))\z/i
  # left::right, where right may end in a dotted quad.
  RE_IPV6ADDRLIKE_COMPRESSED = /\A((?:(?:[\da-f]{1,4}:)*[\da-f]{1,4})?)::((?:((?:[\da-f]{1,4}:)*)(?:[\da-f]{1,4}|(\d+)\.(\d+)\.(\d+)\.(\d+)))?)\z/i

  class Error < ArgumentError; end
  class InvalidAddressError < Error; end
  class AddressFamilyError < Error; end
  class InvalidPrefixError < InvalidAddressError; end

  include Comparable

  attr_reader :family

  def self.new_ntoh(addr) = new(ntop(addr))

  # The text of a packed (network order) address: 4 bytes dotted, 16 bytes in 8 groups.
  def self.ntop(addr)
    case addr.size
    when 4 then addr.unpack("C4").join(".")
    when 16 then IN6FORMAT % addr.unpack("n8")
    else raise AddressFamilyError, "unsupported address family"
    end
  end

  def initialize(addr = "::", family = Socket::AF_UNSPEC)
    @mask_addr = nil
    return init_from_integer(addr, family) unless addr.is_a?(String)
    text, prefixlen = addr.split("/", 2)
    if (m = text.match(/\A\[(.*)\]\z/i))
      text = m[1]
      family = Socket::AF_INET6
    end
    if (m = text.match(/\A(.*)(%\w+)\z/))
      text = m[1]
      zone = m[2]
      family = Socket::AF_INET6
    end
    @addr = @family = nil
    if family == Socket::AF_UNSPEC || family == Socket::AF_INET
      @addr = in_addr(text)
      @family = Socket::AF_INET if @addr
    end
    if !@addr && (family == Socket::AF_UNSPEC || family == Socket::AF_INET6)
      @addr = in6_addr(text)
      @family = Socket::AF_INET6
    end
    @zone_id = zone
    raise AddressFamilyError, "address family mismatch" if family != Socket::AF_UNSPEC && @family != family
    if prefixlen
      mask!(prefixlen)
    else
      @mask_addr = full_mask
    end
  end

  def &(other) = clone.set(@addr & coerce_other(other).to_i)
  def |(other) = clone.set(@addr | coerce_other(other).to_i)
  def >>(num) = clone.set(@addr >> num)
  def <<(num) = clone.set(addr_mask(@addr << num))
  def ~ = clone.set(addr_mask(~@addr))

  def ==(other)
    other = coerce_other(other)
    @family == other.family && @addr == other.to_i
  rescue StandardError
    false
  end

  def <=>(other)
    other = coerce_other(other)
    @addr <=> other.to_i if other.family == @family
  rescue StandardError
    nil
  end

  def eql?(other) = self.class == other.class && hash == other.hash && self == other

  def hash = ([@addr, @mask_addr, @zone_id].hash << 1) | (ipv4? ? 0 : 1)

  def mask(prefixlen) = clone.mask!(prefixlen)

  # Whether other (an IPAddr, a String or an Integer) lies in this network.
  def include?(other)
    other = coerce_other(other)
    return false unless other.family == family
    mine = to_range
    theirs = other.to_range
    mine.begin <= theirs.begin && mine.end >= theirs.end
  end
  alias === include?

  def to_i = @addr

  # The compressed text: leading zeros dropped, the longest run of zero groups (the
  # leftmost of equal runs) as "::", and an IPv4 tail for ::a.b.c.d and ::ffff:a.b.c.d.
  def to_s
    str = to_string
    return str if ipv4?
    str.gsub!(/\b0{1,3}([\da-f]+)\b/i, '\1')
    7.downto(2) do |n|
      run = (["0"] * n).join(":")
      if n == 7 && str.match?(/\A0(?::0){7}\z/)
        str = +"::"
        break
      end
      break if str.sub!(/\b#{run}\b/, ":")
    end
    str.sub!(/:{3,}/, "::")
    if (m = str.match(/\A::(ffff:)?([\da-f]{1,4}):([\da-f]{1,4})\z/i))
      hi = m[2].hex
      lo = m[3].hex
      str = format("::%s%d.%d.%d.%d", m[1], hi / 256, hi % 256, lo / 256, lo % 256)
    end
    str
  end

  # The full text: four decimal octets, or eight 4-digit groups (and the zone id).
  def to_string
    str = _to_string(@addr)
    str << zone_id.to_s if @family == Socket::AF_INET6
    str
  end

  # The address packed in network order.
  def hton
    case @family
    when Socket::AF_INET then [@addr].pack("N")
    when Socket::AF_INET6 then (0..7).map { |i| (@addr >> (112 - 16 * i)) & 0xffff }.pack("n8")
    else raise AddressFamilyError, "unsupported address family"
    end
  end

  def ipv4? = @family == Socket::AF_INET
  def ipv6? = @family == Socket::AF_INET6

  def loopback?
    by_family(-> { @addr & 0xff000000 == 0x7f000000 }, -> { @addr == 1 })
  end

  # 10/8, 172.16/12, 192.168/16; fc00::/7.
  def private?
    by_family(lambda {
      @addr & 0xff000000 == 0x0a000000 || @addr & 0xfff00000 == 0xac100000 ||
        @addr & 0xffff0000 == 0xc0a80000
    }, -> { @addr >> 121 == 0xfc >> 1 })
  end

  # 169.254/16; fe80::/10.
  def link_local?
    by_family(-> { @addr & 0xffff0000 == 0xa9fe0000 }, -> { @addr >> 118 == 0xfe80 >> 6 })
  end

  def ipv4_mapped? = ipv6? && (@addr >> 32) == 0xffff

  def ipv4_compat?
    warn "IPAddr##{__callee__} is obsolete", uplevel: 1 if $VERBOSE
    compat?
  end

  def ipv4_mapped
    raise InvalidAddressError, "not an IPv4 address: #{@addr}" unless ipv4?
    mapped = clone.set(@addr | 0xffff00000000, Socket::AF_INET6)
    mapped.instance_variable_set(:@mask_addr, @mask_addr | 0xffffffffffffffffffffffff00000000)
    mapped
  end

  def ipv4_compat
    warn "IPAddr##{__callee__} is obsolete", uplevel: 1 if $VERBOSE
    raise InvalidAddressError, "not an IPv4 address: #{@addr}" unless ipv4?
    clone.set(@addr, Socket::AF_INET6)
  end

  # The IPv4 address an IPv4-mapped or -compatible IPv6 one stands for (else self).
  def native
    return self unless ipv4_mapped? || compat?
    clone.set(@addr & IN4MASK, Socket::AF_INET)
  end

  # The DNS reverse-lookup name.
  def reverse
    by_family(-> { "#{reversed}.in-addr.arpa" }, -> { ip6_arpa })
  end

  def ip6_arpa
    raise InvalidAddressError, "not an IPv6 address: #{@addr}" unless ipv6?
    "#{reversed}.ip6.arpa"
  end

  def ip6_int
    raise InvalidAddressError, "not an IPv6 address: #{@addr}" unless ipv6?
    "#{reversed}.ip6.int"
  end

  def succ = clone.set(@addr + 1, @family)

  # First..last address of the network.
  def to_range
    last = @addr | (full_mask ^ @mask_addr)
    self.class.new(@addr & @mask_addr, @family)..self.class.new(last, @family)
  end

  def prefix
    free = full_mask ^ @mask_addr
    (ipv4? ? 32 : 128) - free.bit_length
  end

  def prefix=(prefix)
    raise InvalidPrefixError, "prefix must be an integer: #{@addr}" unless prefix.is_a?(Integer)
    mask!(prefix)
  end

  def inspect
    af = by_family(-> { "IPv4" }, -> { "IPv6" })
    zone = ipv6? ? @zone_id.to_s : nil
    format("#<%s: %s:%s%s/%s>", self.class.name, af, _to_string(@addr), zone, _to_string(@mask_addr))
  end

  def netmask = _to_string(@mask_addr)

  def zone_id
    raise InvalidAddressError, "not an IPv6 address" unless ipv6?
    @zone_id
  end

  def zone_id=(zid)
    raise InvalidAddressError, "not an IPv6 address" unless ipv6?
    raise InvalidAddressError, "invalid zone identifier for address" unless zid.nil? || zid.match?(/\A%\w+\z/)
    @zone_id = zid
  end

  protected

  # Sets the address (and the family, narrowing the mask to 32 bits for IPv4).
  def set(addr, *family)
    fam = family[0] || @family
    limit = case fam
            when Socket::AF_INET then IN4MASK
            when Socket::AF_INET6 then IN6MASK
            else raise AddressFamilyError, "unsupported address family"
            end
    raise InvalidAddressError, "invalid address: #{@addr}" if addr < 0 || addr > limit
    @addr = addr
    if family[0]
      @family = family[0]
      @mask_addr &= IN4MASK if @family == Socket::AF_INET
    end
    self
  end

  # Applies a prefix length (Integer or decimal String) or a netmask (an address String).
  def mask!(mask)
    if mask.is_a?(String)
      if mask.match?(/\A(0|[1-9]+\d*)\z/)
        mask = mask.to_i
      elsif mask.match?(/\A\d+\z/)
        raise InvalidPrefixError, "leading zeros in prefix"
      else
        return apply_netmask(mask)
      end
    end
    bits = ipv4? ? 32 : 128
    raise InvalidPrefixError, "invalid length: #{@addr}" if mask < 0 || mask > bits
    free = bits - mask
    @mask_addr = (full_mask >> free) << free
    @addr = (@addr >> free) << free
    self
  end

  private

  def init_from_integer(addr, family)
    case family
    when Socket::AF_INET, Socket::AF_INET6
      set(addr.to_i, family)
      @mask_addr = family == Socket::AF_INET ? IN4MASK : IN6MASK
    when Socket::AF_UNSPEC
      raise AddressFamilyError, "address family must be specified"
    else
      raise AddressFamilyError, "unsupported address family: #{family}"
    end
  end

  # A netmask given as an address: its ones must be contiguous from the top.
  def apply_netmask(text)
    m = IPAddr.new(text)
    raise InvalidPrefixError, "address family is not same: #{@addr}" if m.family != @family
    @mask_addr = m.to_i
    n = @mask_addr ^ m.instance_variable_get(:@mask_addr)
    raise InvalidPrefixError, "invalid mask #{text}: #{@addr}" unless ((n + 1) & n).zero?
    @addr &= @mask_addr
    self
  end

  def full_mask = ipv4? ? IN4MASK : IN6MASK

  def compat?
    return false if !ipv6? || (@addr >> 32) != 0
    low = @addr & IN4MASK
    low != 0 && low != 1
  end

  def by_family(v4, v6)
    case @family
    when Socket::AF_INET then v4.call
    when Socket::AF_INET6 then v6.call
    else raise AddressFamilyError, "unsupported address family"
    end
  end

  def coerce_other(other)
    case other
    when IPAddr then other
    when String then self.class.new(other)
    else self.class.new(other, @family)
    end
  end

  # The Integer of a dotted quad (or of its four octet Strings), nil when text is not one.
  def in_addr(text)
    octets = text.is_a?(Array) ? text : RE_IPV4ADDRLIKE.match(text)&.captures
    return nil unless octets
    octets.inject(0) do |acc, s|
      n = s.to_i
      raise InvalidAddressError, "invalid address: #{@addr}" if n >= 256
      raise InvalidAddressError, "zero-filled number in IPv4 address is ambiguous: #{@addr}" if s.match?(/\A0./)
      acc << 8 | n
    end
  end

  def in6_addr(text)
    if (m = RE_IPV6ADDRLIKE_FULL.match(text))
      low = m[1] ? in_addr(m.captures[1, 4]) : 0
      left = m[1] ? m[1] + ":" : text
      right = ""
    elsif (m = RE_IPV6ADDRLIKE_COMPRESSED.match(text))
      if m[4]
        raise InvalidAddressError, "invalid address: #{@addr}" if text.count(":") > 6
        low = in_addr(m.captures[3, 4])
        right = m[3] + "0:0"
      else
        limit = m[1].empty? || m[2].empty? ? 8 : 7
        raise InvalidAddressError, "invalid address: #{@addr}" if text.count(":") > limit
        low = 0
        right = m[2]
      end
      left = m[1]
    else
      raise InvalidAddressError, "invalid address: #{@addr}"
    end
    l = left.split(":")
    r = right.split(":")
    missing = 8 - l.size - r.size
    return nil if missing < 0
    (l + ["0"] * missing + r).inject(0) { |acc, s| acc << 16 | s.hex } | low
  end

  def addr_mask(addr) = by_family(-> { addr & IN4MASK }, -> { addr & IN6MASK })

  def reversed
    by_family(-> { (0..3).map { |i| (@addr >> (8 * i)) & 0xff }.join(".") },
              -> { format("%.32x", @addr).reverse.chars.join(".") })
  end

  def _to_string(addr)
    by_family(-> { (0..3).map { |i| (addr >> (24 - 8 * i)) & 0xff }.join(".") },
              -> { format("%.32x", addr).scan(/.{4}/).join(":") })
  end
end
