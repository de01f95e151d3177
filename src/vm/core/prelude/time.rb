# Time, as CRuby 3.1 has it. A Time's state is five instance variables holding only
# Integers, nil, true/false and Arrays, so it persists like any plain object: @__sec
# (seconds since the Epoch), @__nsec (whole nanoseconds into that second, 0...10**9),
# @__subnsec (nil, or [num, den] for a time finer than a nanosecond: num/den of a
# nanosecond more, between 0 and 1), @__utc (true in UTC mode) and @__utc_offset (seconds
# east of UTC for a fixed offset; nil in UTC mode and for local time, whose offset comes
# from the system zone, TZ). #instance_variables leaves them out, as CRuby shows none. The clock, calendar
# arithmetic, the system zone and strftime are C++ (core/time.cc): Time.__alloc, __now,
# __tm, __field, __timegm, __mktime, __strftime, __arg_in.
class Time
  include Comparable

  # ---- conversions shared by the constructors (CRuby's time.c helpers) ----

  # num_exact: an Integer or Rational with the value of v.
  def self.__exact(v)
    case v
    when Integer then return v
    when Rational then return v.denominator == 1 ? v.numerator : v
    when Float
      r = v.to_r
      return r.denominator == 1 ? r.numerator : r
    when nil, String
    else
      if v.respond_to?(:to_r) && v.respond_to?(:to_int)
        r = v.to_r
        return r if r.is_a?(Integer)
        return r.denominator == 1 ? r.numerator : r if r.is_a?(Rational)
      elsif v.respond_to?(:to_int)
        return v.to_int
      end
    end
    raise TypeError, "can't convert #{v.class} into an exact number"
  end

  # An Integer from a calendar argument: Strings strictly in base 10, Floats truncated.
  def self.__int(v)
    case v
    when Integer then v
    when String then Integer(v, 10)
    when Float then v.to_i
    else
      unless v.respond_to?(:to_int)
        what = v.nil? ? "nil" : v == true ? "true" : v == false ? "false" : v.class.to_s
        raise TypeError, "no implicit conversion of #{what} into Integer"
      end
      v.to_int
    end
  end

  # obj2ubits: an Integer that must fit in `bits` unsigned bits.
  def self.__ubits(v, bits)
    i = __int(v)
    raise ArgumentError, "argument out of range" if i < 0 || i >= (1 << bits)
    i
  end

  def self.__month(v)
    return __ubits(v, 4) if v.is_a?(Integer)
    s = v.is_a?(String) ? v : (v.respond_to?(:to_str) ? v.to_str : nil)
    if s && s.size == 3
      i = "janfebmaraprmayjunjulaugsepoctnovdec".index(s.downcase)
      return i / 3 + 1 if i && i % 3 == 0
    end
    __ubits(s || v, 4)
  end

  # The seconds of a sec argument and its fraction in nanoseconds (obj2subsecx).
  def self.__sec(v)
    return [__ubits(Integer(v, 10), 6), 0] if v.is_a?(String)
    x = __exact(v)
    s = x.floor
    ns = (x - s) * 1_000_000_000
    ns = ns.numerator if ns.is_a?(Rational) && ns.denominator == 1
    [__ubits(s, 6), ns]
  end

  # utc_offset_arg: :utc, an Integer offset, or nil for a String that is none.
  def self.__offset_arg(arg)
    s = arg.is_a?(String) ? arg : (arg.respond_to?(:to_str) ? arg.to_str : nil)
    return __exact(arg) unless s
    case s.size
    when 1
      return :utc if s == "Z"
      c = s.ord
      return (c - 64) * 3600 if c >= 65 && c <= 73    # A..I: +1..+9
      return (c - 65) * 3600 if c >= 75 && c <= 77    # K..M: +10..+12
      return (77 - c) * 3600 if c >= 78 && c <= 89    # N..Y: -1..-12
      return nil
    when 3
      return :utc if s.casecmp?("UTC")
      m = /\A([-+])([0-9][0-9])\z/.match(s)
    when 5 then m = /\A([-+])([0-9][0-9])([0-5][0-9])\z/.match(s)
    when 6 then m = /\A([-+])([0-9][0-9]):([0-5][0-9])\z/.match(s)
    when 7 then m = /\A([-+])([0-9][0-9])([0-5][0-9])([0-9][0-9])\z/.match(s)
    when 9 then m = /\A([-+])([0-9][0-9]):([0-5][0-9]):([0-9][0-9])\z/.match(s)
    end
    return nil unless m
    n = m[2].to_i * 3600 + m[3].to_i * 60 + m[4].to_i
    return n if m[1] == "+"
    n == 0 ? :utc : -n
  end

  # A zone argument as [utc, offset]; raises for one that is not a valid offset.
  def self.__zone(arg)
    off = __offset_arg(arg)
    if off.nil?
      raise ArgumentError, "\"+HH:MM\", \"-HH:MM\", \"UTC\" or \"A\"..\"I\",\"K\"..\"Z\" expected for utc_offset: #{arg}"
    end
    return [true, nil] if off == :utc
    raise ArgumentError, "utc_offset out of range" if off <= -86400 || off >= 86400
    off = off.round unless off.is_a?(Integer)
    [false, off]
  end

  # The fields of a civil time argument list (time_arg):
  # [year, mon, mday, hour, min, sec, nsec, isdst].
  def self.__civil_args(args)
    isdst = nil
    if args.size == 10
      v = [args[5], args[4], args[3], args[2], args[1], args[0], nil]
      isdst = args[8] ? true : false
    elsif args.size < 1 || args.size > 8
      raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 1..8)"
    else
      v = args
    end
    year = __int(v[0])
    mon = v[1].nil? ? 1 : __month(v[1])
    mday = v[2].nil? ? 1 : __ubits(v[2], 5)
    hour = v[3].nil? ? 0 : __ubits(v[3], 5)
    min = v[4].nil? ? 0 : __ubits(v[4], 6)
    if !v[6].nil? && args.size == 7
      sec = v[5].nil? ? 0 : __ubits(v[5], 6)
      usec = v[6].is_a?(String) ? v[6].to_i : v[6]
      ns = __exact(usec) * 1000
      ns = ns.numerator if ns.is_a?(Rational) && ns.denominator == 1
    elsif v[5].nil?
      sec = 0
      ns = 0
    else
      sec, ns = __sec(v[5])
    end
    __validate(mon, mday, hour, min, sec, ns)
    [year, mon, mday, hour, min, sec, ns, isdst]
  end

  def self.__validate(mon, mday, hour, min, sec, ns)
    raise ArgumentError, "mon out of range" if mon < 1 || mon > 12
    raise ArgumentError, "mday out of range" if mday < 1 || mday > 31
    raise ArgumentError, "hour out of range" if hour > 24
    raise ArgumentError, "min out of range" if min > (hour == 24 ? 0 : 59)
    raise ArgumentError, "sec out of range" if sec > (hour == 24 ? 0 : 60)
    raise ArgumentError, "subsecx out of range" if ns < 0 || ns >= 1_000_000_000
  end

  # [seconds, whole nanoseconds into the second, the rest as [num, den] or nil] of ns
  # (an Integer or Rational) nanoseconds since the Epoch.
  def self.__split(ns)
    if ns.is_a?(Integer)
      sec, nsec = ns.divmod(1_000_000_000)
      return [sec, nsec, nil]
    end
    return __split(ns.numerator) if ns.denominator == 1
    whole = ns.floor
    sec, nsec = whole.divmod(1_000_000_000)
    frac = ns - whole
    [sec, nsec, [frac.numerator, frac.denominator]]
  end

  # A new instance of klass at ns nanoseconds since the Epoch, in UTC mode, at a fixed
  # offset, or in local time (utc false, offset nil).
  def self.__new(klass, ns, utc, offset)
    sec, nsec, subnsec = __split(ns)
    __alloc(klass, sec, nsec, subnsec, utc, offset)
  end

  # ---- class methods ----

  def self.now(in: nil)
    t = __now(self)
    zone = __arg_in
    t.__send__(:__zone_local, zone) unless zone.nil?
    t
  end

  def self.at(time, subsec = false, unit = :microsecond, in: nil)
    zone = __arg_in
    if !subsec.equal?(false)
      per_unit =
        case unit
        when :millisecond then 1_000_000
        when :usec, :microsecond then 1000
        when :nsec, :nanosecond then 1
        else raise ArgumentError, "unexpected unit: #{unit}"
        end
      t = __new(self, __exact(time) * 1_000_000_000 + __exact(subsec) * per_unit, false, nil)
    elsif time.is_a?(Time)
      t = __new(self, time.__send__(:__ns), time.__send__(:__utc_mode), time.__send__(:__offset))
    else
      t = __new(self, __exact(time) * 1_000_000_000, false, nil)
    end
    t.__send__(:__zone_local, zone) unless zone.nil?
    t
  end

  def self.utc(*args)
    year, mon, mday, hour, min, sec, ns = __civil_args(args)
    __new(self, __timegm(year, mon, mday, hour, min, sec) * 1_000_000_000 + ns, true, nil)
  end

  def self.local(*args)
    year, mon, mday, hour, min, sec, ns, isdst = __civil_args(args)
    __new(self, __mktime(year, mon, mday, hour, min, sec, isdst) * 1_000_000_000 + ns, false, nil)
  end

  class << self
    alias_method :gm, :utc
    alias_method :mktime, :local
  end

  def initialize(*args, in: nil)
    raise ArgumentError, "wrong number of arguments (given #{args.size}, expected 0..7)" if args.size > 7
    zone = args[6]
    kw_zone = Time.__arg_in
    if zone
      raise ArgumentError, "timezone argument given as positional and keyword arguments" unless kw_zone.nil?
    else
      zone = kw_zone
    end
    if args.empty?
      __init(Time.__now(Time).__send__(:__ns), false, nil)
      __zone_local(zone) unless zone.nil?
      return
    end
    year, mon, mday, hour, min, sec = args
    year = Time.__int(year)
    mon = mon.nil? ? 1 : Time.__month(mon)
    mday = mday.nil? ? 1 : Time.__ubits(mday, 5)
    hour = hour.nil? ? 0 : Time.__ubits(hour, 5)
    min = min.nil? ? 0 : Time.__ubits(min, 6)
    sec, ns = sec.nil? ? [0, 0] : Time.__sec(sec)
    isdst = nil
    utc = false
    offset = nil
    if zone == :dst
      isdst = true
    elsif zone == :std
      isdst = false
    elsif !zone.nil?
      utc, offset = Time.__zone(zone)
    end
    Time.__validate(mon, mday, hour, min, sec, ns)
    if utc
      __init(Time.__timegm(year, mon, mday, hour, min, sec) * 1_000_000_000 + ns, true, nil)
    elsif offset
      __init((Time.__timegm(year, mon, mday, hour, min, sec) - offset) * 1_000_000_000 + ns, false, offset)
    else
      __init(Time.__mktime(year, mon, mday, hour, min, sec, isdst) * 1_000_000_000 + ns, false, nil)
    end
  end

  # ---- state ----

  def __init(ns, utc, offset)
    @__sec, @__nsec, @__subnsec = Time.__split(ns)
    @__utc = utc
    @__utc_offset = offset
  end

  # Nanoseconds into the second, exactly (an Integer, or a Rational when finer).
  def __nsec_exact
    @__subnsec ? @__nsec + Rational(@__subnsec[0], @__subnsec[1]) : @__nsec
  end

  # Nanoseconds since the Epoch, exactly.
  def __ns
    @__sec * 1_000_000_000 + (@__subnsec ? __nsec_exact : @__nsec)
  end

  def __utc_mode
    @__utc
  end

  def __offset
    @__utc_offset
  end

  # What the natives take for the zone: true (UTC), an Integer offset, or nil (local).
  def __zone_key
    @__utc ? true : @__utc_offset
  end

  def __tm
    Time.__tm(@__sec, @__utc ? true : @__utc_offset)
  end

  def __field(i)
    Time.__field(@__sec, @__utc ? true : @__utc_offset, i)
  end

  def __set_zone(utc, offset)
    @__utc = utc
    @__utc_offset = offset
    self
  end

  def __zone_local(zone)
    utc, offset = Time.__zone(zone)
    __set_zone(utc, offset)
  end

  # A new Time (never a subclass, as CRuby's time_add) ns nanoseconds later, same zone.
  def __add_ns(ns)
    Time.__new(Time, __ns + ns, @__utc, @__utc_offset)
  end

  private :__init, :__nsec_exact, :__ns, :__utc_mode, :__offset, :__zone_key, :__tm, :__field, :__set_zone,
          :__zone_local, :__add_ns

  def instance_variables
    super - [:@__sec, :@__nsec, :@__subnsec, :@__utc, :@__utc_offset]
  end

  # ---- arithmetic and comparison ----

  def +(other)
    raise TypeError, "time + time?" if other.is_a?(Time)
    __add_ns(Time.__exact(other) * 1_000_000_000)
  end

  def -(other)
    if other.is_a?(Time)
      d = __ns - other.__send__(:__ns)
      return d.is_a?(Integer) ? d.to_f / 1_000_000_000 : (d / 1_000_000_000).to_f
    end
    __add_ns(-(Time.__exact(other) * 1_000_000_000))
  end

  def <=>(other)
    if other.is_a?(Time)
      return __ns <=> other.__send__(:__ns)
    end
    return nil unless other.respond_to?(:<=>)
    c = other <=> self
    return nil if c.nil?
    c > 0 ? -1 : c < 0 ? 1 : 0
  end

  def eql?(other)
    other.is_a?(Time) && __ns == other.__send__(:__ns)
  end

  def hash
    __ns.hash ^ 0x5ee1
  end

  # ---- the instant ----

  def to_i
    @__sec
  end
  alias_method :tv_sec, :to_i

  def to_f
    ns = __ns
    ns.is_a?(Integer) ? ns.to_f / 1_000_000_000 : (ns / 1_000_000_000).to_f
  end

  def to_r
    Rational(__ns, 1_000_000_000)
  end

  def usec
    @__nsec / 1000
  end
  alias_method :tv_usec, :usec

  def nsec
    @__nsec
  end
  alias_method :tv_nsec, :nsec

  def subsec
    n = __nsec_exact
    n == 0 ? 0 : Rational(n, 1_000_000_000)
  end

  # The rounding unit for ndigits fractional digits, in nanoseconds.
  def self.__round_unit(ndigits)
    nd = ndigits.nil? ? 0 : (ndigits.is_a?(Integer) ? ndigits : __round_digits(ndigits))
    raise ArgumentError, "negative ndigits given" if nd < 0
    nd <= 9 ? 10**(9 - nd) : Rational(1, 10**(nd - 9))
  end

  def self.__round_digits(v)
    raise TypeError, "no implicit conversion of #{v.class} into Integer" if v.is_a?(String)
    return v.to_i if v.is_a?(Float)
    __int(v)
  end

  def round(ndigits = 0)
    unit = Time.__round_unit(ndigits)
    v = __ns % unit
    v * 2 < unit ? __add_ns(-v) : __add_ns(unit - v)
  end

  def floor(ndigits = 0)
    __add_ns(-(__ns % Time.__round_unit(ndigits)))
  end

  def ceil(ndigits = 0)
    unit = Time.__round_unit(ndigits)
    v = __ns % unit
    __add_ns(v == 0 ? 0 : unit - v)
  end

  # ---- zones ----

  def utc?
    @__utc == true
  end
  alias_method :gmt?, :utc?

  def utc
    return self if @__utc
    __set_zone(true, nil)
  end
  alias_method :gmtime, :utc

  def localtime(zone = nil)
    if zone.nil?
      return self if !@__utc && @__utc_offset.nil?
      return __set_zone(false, nil)
    end
    __zone_local(zone)
  end

  def getutc
    dup.utc
  end
  alias_method :getgm, :getutc

  def getlocal(zone = nil)
    dup.localtime(zone)
  end

  def utc_offset
    return 0 if @__utc
    @__utc_offset || __field(9)
  end
  alias_method :gmt_offset, :utc_offset
  alias_method :gmtoff, :utc_offset

  def zone
    return "UTC" if @__utc
    @__utc_offset ? nil : __field(10)
  end

  def dst?
    return false if @__utc || @__utc_offset
    __field(8)
  end
  alias_method :isdst, :dst?

  # ---- calendar fields ----

  def year
    __field(0)
  end

  def mon
    __field(1)
  end
  alias_method :month, :mon

  def mday
    __field(2)
  end
  alias_method :day, :mday

  def hour
    __field(3)
  end

  def min
    __field(4)
  end

  def sec
    __field(5)
  end

  def wday
    __field(6)
  end

  def yday
    __field(7)
  end

  def sunday?
    wday == 0
  end

  def monday?
    wday == 1
  end

  def tuesday?
    wday == 2
  end

  def wednesday?
    wday == 3
  end

  def thursday?
    wday == 4
  end

  def friday?
    wday == 5
  end

  def saturday?
    wday == 6
  end

  def to_a
    tm = __tm
    [tm[5], tm[4], tm[3], tm[2], tm[1], tm[0], tm[6], tm[7], dst?, zone]
  end

  # ---- text ----

  def strftime(format)
    Time.__strftime(format, @__sec, __nsec_exact, __zone_key)
  end

  def to_s
    strftime(@__utc ? "%Y-%m-%d %H:%M:%S UTC" : "%Y-%m-%d %H:%M:%S %z").__ascii
  end

  def inspect
    s = strftime("%Y-%m-%d %H:%M:%S")
    if @__subnsec.nil?
      s << format(".%09d", @__nsec).sub(/0+\z/, "") if @__nsec != 0
    else
      s << " " << Rational(__nsec_exact, 1_000_000_000).to_s
    end
    return (s << " UTC").__ascii if @__utc
    off = utc_offset
    off = off.round unless off.is_a?(Integer)
    sign = off < 0 ? "-" : "+"
    off = -off if off < 0
    s << format(" %s%02d%02d", sign, off / 3600, off / 60 % 60)
    s << format("%02d", off % 60) if off % 60 != 0
    s.__ascii
  end

  def ctime
    strftime("%a %b %e %H:%M:%S %Y")
  end
  alias_method :asctime, :ctime

  # Marshal's form of a Time (CRuby's time_mdump): the UTC fields packed in two
  # little-endian 32-bit words (a year outside 1900..1900+0xffff clamped, its distance
  # appended), and the ivars that carry the rest, in CRuby's order.
  def __mdump
    u = getutc
    year = u.year.clamp(1900, 1900 + 0xffff)
    nano = (subsec * 1_000_000_000 - u.usec * 1000).to_r
    p = 1 << 31 | (utc? ? 1 : 0) << 30 | (year - 1900) << 14 | (u.mon - 1) << 10 | u.day << 5 | u.hour
    s = u.min << 26 | u.sec << 20 | u.usec
    bytes = [p, s].pack("VV")
    if year != u.year
      ext = (u.year - year).abs
      digits = []
      while ext > 0
        digits << (ext & 0xff)
        ext >>= 8
      end
      bytes << (digits.size + 5).chr << digits.pack("C*")
    end
    # a UTC or fixed-offset Time carries its zone ivar first, a local one sets it last
    z = [:zone, zone&.dup&.force_encoding(Encoding::US_ASCII)]
    local = !utc? && zone
    extras = local ? [] : [z]
    unless nano.zero?
      extras << [:nano_num, nano.numerator] << [:nano_den, nano.denominator]
      ns = nano.floor
      if ns.nonzero?
        sub = ((ns / 10 % 10) | (ns / 100 % 10) << 4).chr
        sub << ((ns % 10) << 4).chr if ns % 10 != 0
        extras << [:submicro, sub.b]
      end
    end
    extras << [:offset, utc_offset] unless utc?
    extras << z if local
    [bytes.b, extras]
  end

  def self.__mload(bytes, extras)
    p, s = bytes.unpack("VV")
    return at(p, s) if p & (1 << 31) == 0
    year = ((p >> 14) & 0xffff) + 1900
    if bytes.bytesize > 8
      n = bytes.getbyte(8) - 5
      ext = bytes.byteslice(9, n).bytes.reverse.inject(0) { |a, b| a << 8 | b }
      year = year == 1900 ? 1900 - ext : year + ext
    end
    nsec = (s & 0xfffff) * 1000
    if extras[:nano_num]
      nsec += Rational(extras[:nano_num], extras[:nano_den])
    elsif (sub = extras[:submicro])
      b = sub.bytes
      nsec += (b[0] >> 4) * 100 + (b[0] & 15) * 10 + (b[1] ? b[1] >> 4 : 0)
    end
    sec = ((s >> 20) & 0x3f) + Rational(nsec, 1_000_000_000)
    t = utc(year, ((p >> 10) & 0xf) + 1, (p >> 5) & 0x1f, p & 0x1f, (s >> 26) & 0x3f, sec)
    return t if (p >> 30) & 1 == 1
    extras.key?(:offset) && !extras[:zone] ? t.localtime(extras[:offset]) : t.localtime
  end

end
