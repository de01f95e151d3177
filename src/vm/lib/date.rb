# date: Date, a calendar day (proleptic Gregorian, by Julian Day Number): Date.new /
# civil / today / parse / strptime / valid_date? / leap?, arithmetic (+ - >> <<,
# next_day ...), comparison, strftime, iso8601, cwday/cweek, and Date._parse, the
# free-form date/time reader that Time.parse (time.rb) shares. DateTime is
# date/date_time.rb.
class Date
  include Comparable

  class Error < ArgumentError
  end

  MONTHNAMES = [nil, "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December"].freeze
  ABBR_MONTHNAMES = [nil, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                     "Oct", "Nov", "Dec"].freeze
  DAYNAMES = %w[Sunday Monday Tuesday Wednesday Thursday Friday Saturday].freeze
  ABBR_DAYNAMES = %w[Sun Mon Tue Wed Thu Fri Sat].freeze
  ITALY = 2299161
  ENGLAND = 2361222
  GREGORIAN = -Float::INFINITY
  JULIAN = Float::INFINITY

  MONTHS = %w[jan feb mar apr may jun jul aug sep oct nov dec].freeze
  private_constant :MONTHS

  class << self
    # Julian Day Numbers: Gregorian from 1582-10-15 (ITALY), Julian calendar before, as
    # CRuby's default.
    def civil_to_jd(y, m, d)
      a = (14 - m) / 12
      yy = y + 4800 - a
      mm = m + 12 * a - 3
      jd = d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - yy / 100 + yy / 400 - 32045
      return jd if jd >= ITALY
      d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083
    end

    def jd_to_civil(jd)
      if jd < ITALY
        c = jd + 32082
        d = (4 * c + 3) / 1461
        e = c - 1461 * d / 4
        m = (5 * e + 2) / 153
        return [d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1]
      end
      a = jd + 32044
      b = (4 * a + 3) / 146097
      c = a - 146097 * b / 4
      d = (4 * c + 3) / 1461
      e = c - 1461 * d / 4
      m = (5 * e + 2) / 153
      [100 * b + d - 4800 + m / 10, m + 3 - 12 * (m / 10), e - (153 * m + 2) / 5 + 1]
    end

    def gregorian_leap?(year)
      (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    end
    alias leap? gregorian_leap?

    def julian_leap?(year)
      year % 4 == 0
    end

    def days_in_month(y, m)
      return 29 if m == 2 && (y < 1582 ? julian_leap?(y) : gregorian_leap?(y))
      [nil, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m]
    end

    # [y, m, d] with negative month and day counted from the end, or nil when invalid.
    def normalize(y, m, d)
      return nil unless y.is_a?(Integer) && m.is_a?(Integer) && d.is_a?(Integer)
      m += 13 if m < 0
      return nil if m < 1 || m > 12
      dim = days_in_month(y, m)
      d += dim + 1 if d < 0
      return nil if d < 1 || d > dim
      [y, m, d]
    end

    def valid_civil?(y, m, d, start = ITALY)
      !normalize(y, m, d).nil?
    end
    alias valid_date? valid_civil?

    def valid_jd?(jd, start = ITALY)
      jd.is_a?(Numeric)
    end

    def civil(y = -4712, m = 1, d = 1, start = ITALY)
      ymd = normalize(y, m, d.is_a?(Integer) ? d : d.to_i)
      raise Date::Error, "invalid date" unless ymd
      obj = allocate
      obj.__send__(:init_jd, civil_to_jd(*ymd))
      obj
    end

    def new(*args)
      civil(*args)
    end

    def jd(jd = 0, start = ITALY)
      obj = allocate
      obj.__send__(:init_jd, jd.floor)
      obj
    end

    def ordinal(y = -4712, yd = 1, start = ITALY)
      jd(civil_to_jd(y, 1, 1) + yd - 1)
    end

    def commercial(cwyear, cweek = 1, cwday = 1, start = ITALY)
      jan4 = civil_to_jd(cwyear, 1, 4)
      monday = jan4 - (jan4 + 1) % 7 + 1 - 1
      monday = jan4 - ((jan4 % 7))
      jd(monday + (cweek - 1) * 7 + (cwday - 1))
    end

    def today(start = ITALY)
      t = Time.now
      civil(t.year, t.mon, t.mday)
    end

    def parse(str = "-4712-01-01", comp = true, start = ITALY, limit: 128)
      jd = __jd_of_frags(_parse(str, comp, limit: limit)) or raise Date::Error, "invalid date"
      jd(jd)
    end

    # Which fields name a day, by kind; the kind with the most fields present wins.
    FRAG_KINDS = [[:time, %i[hour min sec]], [nil, %i[jd]],
                  [:ordinal, %i[year yday hour min sec]],
                  [:civil, %i[year mon mday hour min sec]],
                  [:commercial, %i[cwyear cweek cwday hour min sec]],
                  [:wday, %i[wday hour min sec]]].freeze
    private_constant :FRAG_KINDS

    # The Julian Day a _parse Hash names, its missing leading fields taken from today
    # (a lone weekday is that day of this week; a lone time today, for DateTime only);
    # nil when none.
    def __jd_of_frags(h, time_only_ok = false)
      if !h.key?(:yday) && h[:year] && h[:mon] && h[:mday]
        return valid_civil?(h[:year], h[:mon], h[:mday]) ? civil(h[:year], h[:mon], h[:mday]).jd : nil
      end
      h = h.dup
      kind, fields = FRAG_KINDS.max_by.with_index { |(_, f), i| [f.count { |k| h.key?(k) }, -i] }
      return nil if fields.none? { |k| h.key?(k) }
      today = Date.today
      case kind
      when :time then return time_only_ok ? today.jd : nil
      when :wday then return (today - today.wday + h[:wday]).jd
      when :civil, :ordinal, :commercial
        fields.take_while { |k| !h.key?(k) && !%i[hour min sec].include?(k) }.each do |k|
          h[k] = today.public_send(k)
        end
      end
      if h[:yday] && h[:year]
        return ordinal(h[:year], h[:yday]).jd
      elsif h[:year]
        return civil(h[:year], h[:mon] || 1, h[:mday] || 1).jd
      elsif h[:cwyear]
        return commercial(h[:cwyear], h[:cweek] || 1, h[:cwday] || 1).jd
      end
      nil
    rescue Date::Error
      nil
    end

    def iso8601(str = "-4712-01-01", start = ITALY, limit: 128)
      m = str.match(/\A\s*([-+]?\d{4,})-(\d\d)-(\d\d)/)
      raise Date::Error, "invalid date" unless m
      civil(m[1].to_i, m[2].to_i, m[3].to_i)
    end

    def strptime(str = "-4712-01-01", format = "%F", start = ITALY)
      f = __strptime_fields(str, format)
      raise Date::Error, "invalid date" unless f
      y = f[:year]&.to_i
      y = f[:year2].to_i + (f[:year2].to_i < 69 ? 2000 : 1900) if f[:year2] && !y
      m = f[:mon]&.to_i
      m = MONTHS.index(f[:monname][0, 3].downcase)&.+(1) if f[:monname]
      raise Date::Error, "invalid date" if f[:monname] && m.nil?
      return ordinal(y || Date.today.year, f[:yday].to_i) if f[:yday]
      civil(y || Date.today.year, m || 1, (f[:mday] || 1).to_i)
    rescue Date::Error
      raise Date::Error, "invalid date"
    end

    STRPTIME = {
      "Y" => ['([+-]?\d+)', :year], "C" => ['(\d\d)', :century], "y" => ['(\d\d)', :year2],
      "m" => ['(\d{1,2})', :mon], "d" => ['(\s?\d{1,2})', :mday], "e" => ['(\s?\d{1,2})', :mday],
      "j" => ['(\d{1,3})', :yday], "H" => ['(\s?\d{1,2})', :hour], "k" => ['(\s?\d{1,2})', :hour],
      "I" => ['(\s?\d{1,2})', :hour12], "l" => ['(\s?\d{1,2})', :hour12],
      "M" => ['(\d{1,2})', :min], "S" => ['(\d{1,2})', :sec], "L" => ['(\d+)', :frac],
      "N" => ['(\d+)', :frac], "p" => ['([AaPp]\.?[Mm]\.?)', :meridian],
      "P" => ['([AaPp]\.?[Mm]\.?)', :meridian],
      "b" => ['([A-Za-z]{3,})', :monname], "B" => ['([A-Za-z]{3,})', :monname],
      "h" => ['([A-Za-z]{3,})', :monname],
      "a" => ['([A-Za-z]{3,})', :dayname], "A" => ['([A-Za-z]{3,})', :dayname],
      "z" => ['(Z|[+-]\d\d(?::?\d\d)?|[A-Za-z]+)', :zone], "Z" => ['([A-Za-z]+|[+-]\d\d(?::?\d\d)?)', :zone],
      "s" => ['(-?\d+)', :epoch], "Q" => ['(-?\d+)', :epoch_ms], "u" => ['(\d)', :wday], "w" => ['(\d)', :wday]
    }.freeze
    STRPTIME_ALIASES = { "T" => "%H:%M:%S", "D" => "%m/%d/%y", "F" => "%Y-%m-%d", "R" => "%H:%M",
                         "r" => "%I:%M:%S %p", "c" => "%a %b %e %H:%M:%S %Y", "x" => "%m/%d/%y",
                         "X" => "%H:%M:%S" }.freeze
    private_constant :STRPTIME, :STRPTIME_ALIASES

    # {field => value} from str read with a strftime-style format, or nil when it does
    # not match.
    def __strptime_fields(str, format)
      format = format.gsub(/%([TDFRrcxX])/) { STRPTIME_ALIASES[$1] }
      fields = []
      re = +"\\A\\s*"
      i = 0
      while i < format.size
        c = format[i]
        if c == "%" && i + 1 < format.size
          d = format[i + 1]
          i += 2
          if d == "%"
            re << "%"
          elsif (spec = STRPTIME[d])
            re << spec[0]
            fields << spec[1]
          else
            re << Regexp.escape("%" + d)
          end
        elsif c =~ /\s/
          re << "\\s*"
          i += 1
        else
          re << Regexp.escape(c)
          i += 1
        end
      end
      m = Regexp.new(re, Regexp::IGNORECASE).match(str)
      return nil unless m
      out = {}
      fields.each_with_index { |f, k| out[f] = m[k + 1] }
      out[:rest] = m.post_match
      out
    end

    # The parts of a date/time text (date/parse.rb): {year:, mon:, mday:, wday:, yday:,
    # cwyear:, cweek:, cwday:, hour:, min:, sec:, sec_fraction:, zone:, offset:}, each
    # only when present.
    def _parse(str, comp = true, limit: 128)
      str = str.to_str
      raise ArgumentError, "string length (#{str.size}) exceeds the limit #{limit}" if limit && str.size > limit
      Date::Parse.parse(str, comp)
    end

    def meridian_hour(hour, ap)
      hour %= 12
      ap == "p" ? hour + 12 : hour
    end

  end

  def init_jd(jd)
    @jd = jd
    @year, @mon, @mday = Date.jd_to_civil(jd)
  end
  private :init_jd

  attr_reader :jd, :year, :mon, :mday
  alias month mon
  alias day mday

  def start
    ITALY.to_f
  end

  def mjd
    @jd - 2400001
  end

  def ajd
    Rational(@jd * 2 - 1, 2)
  end

  def ld
    @jd - 2299160
  end

  def wday
    (@jd + 1) % 7
  end

  def yday
    @jd - Date.civil_to_jd(@year, 1, 1) + 1
  end

  def cwday
    w = wday
    w == 0 ? 7 : w
  end

  def cwyear
    y = @year
    if @jd >= week_one(y + 1)
      y + 1
    elsif @jd < week_one(y)
      y - 1
    else
      y
    end
  end

  def cweek
    (@jd - week_one(cwyear)) / 7 + 1
  end

  # The Julian day of the Monday of ISO week 1 of year y.
  def week_one(y)
    jan4 = Date.civil_to_jd(y, 1, 4)
    jan4 - ((jan4 + 1) % 7 + 6) % 7
  end
  private :week_one

  DAYNAMES.each_with_index do |name, i|
    define_method("#{name.downcase}?") { wday == i }
  end

  def leap?
    @jd < ITALY ? Date.julian_leap?(@year) : Date.gregorian_leap?(@year)
  end

  def julian?
    false
  end

  def gregorian?
    true
  end

  def +(n)
    case n
    when Integer then Date.jd(@jd + n)
    when Numeric then Date.jd(@jd + n.floor)
    else raise TypeError, "expected numeric"
    end
  end

  def -(other)
    case other
    when DateTime then -(other - self)
    when Date then Rational(@jd - other.jd, 1)
    when Numeric then self + -other
    else raise TypeError, "expected numeric or date"
    end
  end

  def >>(n)
    raise TypeError, "expected numeric" unless n.is_a?(Numeric)
    total = @year * 12 + (@mon - 1) + n.to_i
    y = total.div(12)
    m = total % 12 + 1
    d = [@mday, Date.days_in_month(y, m)].min
    Date.civil(y, m, d)
  end

  def <<(n)
    raise TypeError, "expected numeric" unless n.is_a?(Numeric)
    self >> -n
  end

  def next_day(n = 1) = self + n
  def prev_day(n = 1) = self - n
  def next_month(n = 1) = self >> n
  def prev_month(n = 1) = self << n
  def next_year(n = 1) = self >> (n * 12)
  def prev_year(n = 1) = self << (n * 12)

  def succ
    self + 1
  end
  alias next succ

  def <=>(other)
    case other
    when Date then @jd <=> other.jd
    when Numeric then @jd <=> other
    end
  end

  def ==(other)
    other.is_a?(Date) && @jd == other.jd
  end

  def ===(other)
    other.is_a?(Date) ? @jd == other.jd : false
  end

  def eql?(other)
    other.is_a?(Date) && @jd == other.jd
  end

  def hash
    @jd.hash
  end

  def step(limit, by = 1)
    return to_enum(:step, limit, by) unless block_given?
    d = self
    if by > 0
      while d <= limit
        yield d
        d += by
      end
    elsif by < 0
      while d >= limit
        yield d
        d += by
      end
    end
    self
  end

  def upto(max, &block)
    return to_enum(:upto, max) unless block
    step(max, 1, &block)
  end

  def downto(min, &block)
    return to_enum(:downto, min) unless block
    step(min, -1, &block)
  end

  def to_s
    format("%s-%02d-%02d", year_string, @mon, @mday)
  end
  alias iso8601 to_s
  alias xmlschema to_s

  def year_string
    @year < 0 ? format("-%04d", -@year) : format("%04d", @year)
  end
  private :year_string

  def inspect
    "#<#{self.class}: #{self} ((#{@jd}j,0s,0n),+0s,#{ITALY}j)>"
  end

  def strftime(fmt = "%F")
    fmt = fmt.gsub(/%([-_0^#]?\d*)([uVGgj])/) do
      flags = $1
      v = case $2
          when "u" then cwday
          when "V" then format("%02d", cweek)
          when "G" then cwyear
          when "g" then format("%02d", cwyear % 100)
          when "j" then format("%03d", yday)
          end
      flags.empty? ? v.to_s : "%#{flags}#{$2}".sub(/[uVGgj]\z/, "d") % v.to_i
    end
    Time.utc(@year, @mon, @mday).strftime(fmt).gsub("UTC", "+00:00")
  end

  def asctime
    strftime("%a %b %e %H:%M:%S %Y")
  end
  alias ctime asctime

  def httpdate
    strftime("%a, %d %b %Y %H:%M:%S GMT")
  end

  def rfc3339
    strftime("%Y-%m-%dT%H:%M:%S+00:00")
  end

  def rfc2822
    strftime("%a, %-d %b %Y %H:%M:%S +0000")
  end

  def jisx0301
    to_s
  end

  def to_date
    self
  end

  def to_time
    Time.local(@year, @mon, @mday)
  end

  def day_fraction
    Rational(0, 1)
  end

  def friday_the_13th?
    friday? && @mday == 13
  end
  private :friday_the_13th?
end

class Time
  def to_date
    Date.civil(year, mon, mday)
  end
end

require "date/parse"
require "date/date_time"
