# date/date_time: DateTime, a Date with a time of day and a UTC offset (required by
# date.rb, as CRuby's date defines it): new/civil, now, parse, iso8601, strptime,
# hour/min/sec/sec_fraction/offset/zone, new_offset, arithmetic in (fractions of)
# days, comparison by the instant, to_s/iso8601(n)/strftime/inspect as CRuby, and the
# conversions to Time and Date (Time#to_datetime, Date#to_datetime).
class DateTime < Date
  class << self
    def civil(y = -4712, m = 1, d = 1, h = 0, min = 0, s = 0, of = 0, start = Date::ITALY)
      date = Date.civil(y, m, d)
      h += 24 if h < 0
      min += 60 if min < 0
      s += 60 if s < 0
      raise Date::Error, "invalid date" unless (0..24).cover?(h) && (0..59).cover?(min) && s >= 0 && s < 60
      build(date.jd, h, min, s, offset_seconds(of))
    end
    alias new civil

    def jd(jd = 0, h = 0, min = 0, s = 0, of = 0, start = Date::ITALY)
      build(jd.floor, h, min, s, offset_seconds(of))
    end

    def now(start = Date::ITALY)
      Time.now.to_datetime
    end

    def parse(str = "-4712-01-01T00:00:00+00:00", comp = true, start = Date::ITALY, limit: 128)
      h = Date._parse(str, comp, limit: limit)
      jd = Date.__jd_of_frags(h, true) or raise Date::Error, "invalid date"
      d = Date.jd(jd)
      sec = (h[:sec] || 0) + (h[:sec_fraction] || 0)
      civil(d.year, d.mon, d.mday, h[:hour] || 0, h[:min] || 0, sec,
            h[:offset] ? Rational(h[:offset], 86_400) : 0)
    end

    def iso8601(str = "-4712-01-01T00:00:00+00:00", start = Date::ITALY, limit: 128)
      m = str.match(/\A\s*([-+]?\d{4,})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(Z|[-+]\d\d(?::?\d\d)?)?)?/)
      raise Date::Error, "invalid date" unless m
      sec = m[6].to_i + (m[7] ? Rational(m[7].to_i, 10**m[7].size) : 0)
      civil(m[1].to_i, m[2].to_i, m[3].to_i, m[4].to_i, m[5].to_i, sec, m[8] == "Z" ? 0 : m[8] || 0)
    end
    alias xmlschema iso8601
    alias rfc3339 iso8601

    def strptime(str = "-4712-01-01T00:00:00+00:00", format = "%FT%T%z", start = Date::ITALY)
      f = Date.__strptime_fields(str, format)
      raise Date::Error, "invalid date" unless f
      return Time.at(f[:epoch].to_i).utc.to_datetime if f[:epoch]
      date = Date.strptime(str, format)
      hour = f[:hour].to_i
      hour = Date.meridian_hour(f[:hour12].to_i, f[:meridian][0].downcase) if f[:hour12] && f[:meridian]
      frac = f[:frac] ? Rational(f[:frac].to_i, 10**f[:frac].size) : 0
      civil(date.year, date.mon, date.mday, hour, f[:min].to_i, f[:sec].to_i + frac, f[:zone] || 0)
    end

    # A UTC offset in seconds from a fraction of a day, "+09:00", "+9", "Z" or "UTC".
    def offset_seconds(of)
      case of
      when String
        return 0 if of.match?(/\A(?:z|utc|gmt)\z/i)
        m = of.match(/\A([-+])(\d{1,2})(?::?(\d\d))?\z/) or raise Date::Error, "invalid offset"
        s = m[2].to_i * 3600 + m[3].to_i * 60
        m[1] == "-" ? -s : s
      when Numeric then (of * 86_400).round
      else raise TypeError, "invalid offset"
      end
    end

    private

    def build(jd, h, min, s, offset)
      obj = allocate
      obj.__send__(:init_time, jd, h, min, s, offset)
      obj
    end
  end

  def init_time(jd, h, min, s, offset)
    if h == 24
      jd += 1
      h = 0
    end
    init_jd(jd)
    @hour = h
    @minute = min
    @second = s.floor
    @sec_fraction = s.is_a?(Float) ? Rational(s.to_r - s.floor).round(9) : (s - s.floor).to_r
    @offset_sec = offset
  end
  private :init_time

  attr_reader :hour, :minute, :second, :sec_fraction
  alias min minute
  alias sec second
  alias second_fraction sec_fraction

  def offset = Rational(@offset_sec, 86_400)

  def zone
    sign = @offset_sec < 0 ? "-" : "+"
    format("%s%02d:%02d", sign, @offset_sec.abs / 3600, @offset_sec.abs % 3600 / 60)
  end

  def day_fraction
    Rational(@hour * 3600 + @minute * 60 + @second, 86_400) + @sec_fraction / 86_400
  end

  # Seconds since the Julian epoch at UTC: what comparisons and differences use.
  def __instant
    (@jd * 86_400) + @hour * 3600 + @minute * 60 + @second + @sec_fraction - @offset_sec
  end
  protected :__instant

  def new_offset(of = 0)
    DateTime.__send__(:from_instant, __instant, DateTime.offset_seconds(of))
  end

  def self.from_instant(instant, offset)
    local = instant + offset
    days, secs = local.divmod(86_400)
    whole = secs.floor
    build(days, whole / 3600, whole % 3600 / 60, whole % 60 + (secs - whole), offset)
  end
  private_class_method :from_instant

  def +(n)
    raise TypeError, "expected numeric" unless n.is_a?(Numeric)
    DateTime.__send__(:from_instant, __instant + n.to_r * 86_400, @offset_sec)
  end

  def -(other)
    case other
    when DateTime then (__instant - other.__instant) / 86_400
    when Date then (__instant - other.jd * 86_400) / 86_400
    when Numeric then self + -other
    else raise TypeError, "expected numeric or date"
    end
  end

  def >>(n)
    d = Date.civil(year, mon, mday) >> n
    DateTime.civil(d.year, d.mon, d.mday, @hour, @minute, @second + @sec_fraction, offset)
  end

  def <=>(other)
    case other
    when DateTime then __instant <=> other.__instant
    when Date then __instant <=> other.jd * 86_400
    when Numeric then (__instant / 86_400.0 - 0.5) <=> other
    end
  end

  def ==(other)
    other.is_a?(Date) && (self <=> other) == 0
  end

  def eql?(other) = other.is_a?(DateTime) && __instant == other.__instant
  def hash = __instant.hash

  def to_s
    format("%s-%02d-%02dT%02d:%02d:%02d%s", year_string, mon, mday, @hour, @minute, @second, zone)
  end

  def iso8601(n = 0)
    frac = n > 0 ? "." + format("%0#{n}d", (@sec_fraction * 10**n).floor) : ""
    format("%s-%02d-%02dT%02d:%02d:%02d%s%s", year_string, mon, mday, @hour, @minute, @second, frac, zone)
  end
  alias xmlschema iso8601
  alias rfc3339 iso8601
  alias jisx0301 iso8601

  def inspect
    utc = __instant
    days, secs = utc.divmod(86_400)
    whole = secs.floor
    nanos = ((secs - whole) * 1_000_000_000).round
    "#<DateTime: #{self} ((#{days}j,#{whole}s,#{nanos}n),#{@offset_sec >= 0 ? '+' : '-'}#{@offset_sec.abs}s,#{Date::ITALY}j)>"
  end

  # Time's strftime, with %Z the offset ("+09:00") as DateTime has no zone name.
  def strftime(fmt = "%FT%T%:z")
    to_time.strftime(fmt.gsub(/%(%|Z)/) { $1 == "Z" ? zone : "%%" })
  end

  def httpdate = new_offset(0).to_time.utc.strftime("%a, %d %b %Y %H:%M:%S GMT")
  def rfc2822 = strftime("%a, %-d %b %Y %H:%M:%S %z")
  def asctime = strftime("%a %b %e %H:%M:%S %Y")
  alias ctime asctime

  def to_time
    Time.new(year, mon, mday, @hour, @minute, @second + @sec_fraction, zone)
  end

  def to_date = Date.jd(jd)
  def to_datetime = self
end

class Date
  def to_datetime = DateTime.civil(year, mon, mday)
end

class Time
  def to_datetime
    DateTime.civil(year, mon, mday, hour, min, sec + subsec, Rational(utc_offset, 86_400))
  end
end
