# time: (loads date, as CRuby's does) Time.parse (free-form dates and times, the common shapes), Time.strptime,
# Time.iso8601/xmlschema, Time.rfc2822, Time.httpdate and the matching instance
# methods (iso8601/xmlschema, rfc2822, httpdate).
require "date"

class Time
  MONTHS = %w[jan feb mar apr may jun jul aug sep oct nov dec].freeze
  DAYS = %w[sun mon tue wed thu fri sat].freeze
  ZONE_OFFSETS = {
    "utc" => 0, "gmt" => 0, "ut" => 0, "z" => 0,
    "est" => -5, "edt" => -4, "cst" => -6, "cdt" => -5, "mst" => -7, "mdt" => -6,
    "pst" => -8, "pdt" => -7, "jst" => 9, "cet" => 1, "cest" => 2, "bst" => 1,
    "ist" => 5.5, "eet" => 2, "eest" => 3, "wet" => 0, "west" => 1, "hst" => -10,
    "akst" => -9, "akdt" => -8, "aest" => 10, "aedt" => 11
  }.freeze
  private_constant :ZONE_OFFSETS

  def to_date
    Date.civil(year, mon, mday)
  end

  class << self
    # The Time a Date._parse Hash names, as CRuby's make_time: the fields before the first
    # one given come from now (in the text's zone when it names one), the rest default to
    # 1970-01-01 00:00:00; a UTC zone (Z, UTC, UT, -00:00) gives a UTC Time, another known
    # zone a fixed offset, none the local zone.
    def __make(h, now, str)
      if %i[year yday mon mday hour min sec sec_fraction].none? { |k| h[k] }
        raise ArgumentError, "no time information in #{str.inspect}"
      end
      now ||= Time.now
      year = h[:year]
      off = h[:zone] && zone_offset(h[:zone], year || now.year)
      mon = h[:mon]
      mday = h[:mday]
      if h[:yday] && !(mon && mday)
        raise ArgumentError, "yday #{h[:yday]} out of range" unless (1..366).cover?(h[:yday])
        d = Date.ordinal(year || now.year, h[:yday])
        mon ||= d.mon
        mday ||= d.mday
      end
      now = off ? now.getlocal(off) : now.getlocal
      vals = [year, mon, mday, h[:hour], h[:min], h[:sec]]
      given = vals.index { |v| !v.nil? } || vals.size
      from_now = [now.year, now.mon, now.mday, now.hour, now.min, now.sec]
      given.times { |i| vals[i] = from_now[i] }
      year, mon, mday, hour, min, sec = vals.zip([1970, 1, 1, 0, 0, 0]).map { |v, d| v.nil? ? d : v }
      frac = h[:sec_fraction] || (given == vals.size ? Rational(now.nsec, 1_000_000_000) : 0)
      raise ArgumentError, "argument out of range" if mon > 12 || mday > 31 || hour > 24 || min > 59 || sec > 60
      if h[:zone].to_s.match?(/\A(?:-00:00|-0000|-00|utc|z|ut)\z/i)
        Time.utc(year, mon, mday, hour, min, sec + frac)
      elsif off
        Time.new(year, mon, mday, hour, min, sec + frac, __offset_string(off))
      else
        Time.local(year, mon, mday, hour, min, sec + frac)
      end
    end

    def __offset_string(off)
      sign = off < 0 ? "-" : "+"
      off = off.abs
      format("%s%02d:%02d", sign, off / 3600, off % 3600 / 60)
    end

    def parse(date, now = nil)
      date = date.to_str
      h = Date._parse(date)
      t = __make(h, now, date)
      block_given? ? yield(t) : t
    end

    def iso8601(str)
      xmlschema(str)
    end

    def xmlschema(str)
      m = str.match(/\A\s*(-?\d{4,})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d(?::?\d\d)?)?\s*\z/i)
      raise ArgumentError, "invalid xmlschema format: #{str.inspect}" unless m
      year, mon, mday, hour, min, sec = m.captures.first(6).map(&:to_i)
      sec += Rational(m[7][1..].to_i, 10**(m[7].size - 1)) if m[7]
      zone = m[8]
      if zone.nil?
        Time.local(year, mon, mday, hour, min, sec)
      elsif zone.upcase == "Z"
        Time.utc(year, mon, mday, hour, min, sec)
      else
        zone = "#{zone[0, 3]}:#{zone[-2, 2]}" if zone.size == 5
        zone += ":00" if zone.size == 3
        Time.new(year, mon, mday, hour, min, sec, zone)
      end
    end

    def rfc2822(str)
      m = str.match(/\A\s*(?:[a-z]{3},\s*)?(\d{1,2})\s+([a-z]{3})\s+(\d{2,4})\s+(\d\d):(\d\d)(?::(\d\d))?\s*([+-]\d{4}|ut|gmt|[ecmp][sd]t|z)\s*\z/i)
      raise ArgumentError, "not RFC 2822 compliant date: #{str.inspect}" unless m
      year = m[3].to_i
      year += year < 50 ? 2000 : 1900 if m[3].size == 2
      mon = MONTHS.index(m[2].downcase) + 1
      zone = m[7].downcase
      off = zone =~ /\A[+-]/ ? (zone[1, 2].to_i * 3600 + zone[3, 2].to_i * 60) * (zone[0] == "-" ? -1 : 1) : (ZONE_OFFSETS[zone] * 3600).to_i
      t = Time.new(year, mon, m[1].to_i, m[4].to_i, m[5].to_i, m[6].to_i, __offset_string(off))
      off == 0 && zone != "+0000" ? t.utc : t
    end
    alias rfc822 rfc2822

    # RFC 1123 ("Sun, 06 Nov 1994 08:49:37 GMT"), RFC 850 ("Sunday, 06-Nov-94 ...") and
    # asctime ("Sun Nov  6 08:49:37 1994") forms.
    def httpdate(str)
      mon = ->(name) { MONTHS.index(name.downcase) + 1 }
      if (m = str.match(/\A\s*[a-z]{3},\s+(\d{2})\s+([a-z]{3})\s+(\d{4})\s+(\d\d):(\d\d):(\d\d)\s+GMT\s*\z/i))
        Time.utc(m[3].to_i, mon[m[2]], m[1].to_i, m[4].to_i, m[5].to_i, m[6].to_i)
      elsif (m = str.match(/\A\s*(?:mon|tues|wednes|thurs|fri|satur|sun)day, (\d\d)-(#{MONTHS.join("|")})-(\d\d) (\d\d):(\d\d):(\d\d) GMT\s*\z/i))
        year = m[3].to_i
        year += year < 50 ? 2000 : 1900
        Time.utc(year, mon[m[2]], m[1].to_i, m[4].to_i, m[5].to_i, m[6].to_i)
      elsif (m = str.match(/\A\s*(?:#{DAYS.join("|")}) (#{MONTHS.join("|")}) (\d\d| \d) (\d\d):(\d\d):(\d\d) (\d{4})\s*\z/i))
        Time.utc(m[6].to_i, mon[m[1]], m[2].to_i, m[3].to_i, m[4].to_i, m[5].to_i)
      else
        raise ArgumentError, "not RFC 2616 compliant date: #{str.inspect}"
      end
    end

    def strptime(date, format, now = nil)
      f = Date.__strptime_fields(date, format)
      raise ArgumentError, "invalid date or strptime format - `#{date}' `#{format}'" unless f
      if f[:epoch]
        t = Time.at(f[:epoch].to_i)
        return f[:zone] ? t.localtime(__zone_offset(f[:zone])) : t
      end
      return Time.at(Rational(f[:epoch_ms].to_i, 1000)) if f[:epoch_ms]
      now ||= Time.now
      year = f[:year]&.to_i
      year = f[:year2].to_i + (f[:year2].to_i < 69 ? 2000 : 1900) if f[:year2] && !year
      year = f[:century].to_i * 100 + (f[:year2] || 0).to_i if f[:century]
      mon = f[:mon]&.to_i
      mon = MONTHS.index(f[:monname][0, 3].downcase)&.+(1) if f[:monname]
      mday = f[:mday]&.to_i
      if f[:yday]
        base = Time.utc(year || now.year, 1, 1) + (f[:yday].to_i - 1) * 86400
        mon, mday = base.mon, base.mday
      end
      hour = f[:hour]&.to_i
      hour = f[:hour12].to_i % 12 if f[:hour12]
      hour += 12 if f[:meridian] && f[:meridian].downcase.start_with?("p") && hour && hour < 12
      hour = 0 if f[:meridian] && f[:meridian].downcase.start_with?("a") && hour == 12
      if year.nil? && mon.nil? && mday.nil?
        year, mon, mday = now.year, now.mon, now.mday
      else
        year ||= now.year
        mon ||= 1
        mday ||= 1
      end
      sec = f[:sec].to_i
      sec += Rational(f[:frac].to_i, 10**f[:frac].size) if f[:frac]
      raise ArgumentError, "argument out of range" if mon > 12 || mday > 31
      if f[:zone]
        off = __zone_offset(f[:zone])
        return Time.utc(year, mon, mday, hour || 0, f[:min].to_i, sec) if off == 0 && f[:zone] =~ /\A(z|utc|gmt)\z/i
        Time.new(year, mon, mday, hour || 0, f[:min].to_i, sec, __offset_string(off))
      else
        Time.local(year, mon, mday, hour || 0, f[:min].to_i, sec)
      end
    end

    # RFC 2822 / ISO 8601 zone names and military letters, in hours.
    ZoneOffset = {
      "UTC" => 0, "Z" => 0, "UT" => 0, "GMT" => 0, "EST" => -5, "EDT" => -4, "CST" => -6,
      "CDT" => -5, "MST" => -7, "MDT" => -6, "PST" => -8, "PDT" => -7,
      "A" => 1, "B" => 2, "C" => 3, "D" => 4, "E" => 5, "F" => 6, "G" => 7, "H" => 8, "I" => 9,
      "K" => 10, "L" => 11, "M" => 12, "N" => -1, "O" => -2, "P" => -3, "Q" => -4, "R" => -5,
      "S" => -6, "T" => -7, "U" => -8, "V" => -9, "W" => -10, "X" => -11, "Y" => -12
    }.freeze

    # Seconds east of UTC of "+09:00" / "-0530" / "+09" / a ZoneOffset name / the local
    # zone's own abbreviation (in January or July of year); nil for anything else.
    def zone_offset(zone, year = now.year)
      zone = zone.upcase
      if (m = zone.match(/\A([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?\z/))
        (m[1] == "-" ? -1 : 1) * ((m[2].to_i * 60 + m[4].to_i) * 60 + m[5].to_i)
      elsif zone.match?(/\A[+-]\d\d\z/)
        zone.to_i * 3600
      elsif ZoneOffset.key?(zone)
        ZoneOffset[zone] * 3600
      else
        [1, 7].each do |mon|
          t = local(year, mon, 1)
          return t.utc_offset if t.zone.to_s.upcase == zone
        end
        nil
      end
    end

    def __zone_offset(zone)
      if zone =~ /\A([+-])(\d\d):?(\d\d)?\z/
        off = $2.to_i * 3600 + $3.to_i * 60
        $1 == "-" ? -off : off
      else
        (ZONE_OFFSETS.fetch(zone.downcase, 0) * 3600).to_i
      end
    end
  end

  def xmlschema(fraction_digits = 0)
    fraction_digits = fraction_digits.to_i
    s = strftime("%Y-%m-%dT%H:%M:%S")
    s << strftime(".%#{fraction_digits}N") if fraction_digits > 0
    s << (utc? ? "Z" : strftime("%:z"))
  end
  alias iso8601 xmlschema

  def rfc2822
    strftime("%a, %d %b %Y %H:%M:%S ") << (utc? ? "-0000" : strftime("%z"))
  end
  alias rfc822 rfc2822

  def httpdate
    getutc.strftime("%a, %d %b %Y %H:%M:%S GMT")
  end
end
