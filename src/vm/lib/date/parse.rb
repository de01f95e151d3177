# date/parse: Date._parse, the free-form date/time reader behind Date.parse, DateTime.parse
# and Time.parse, as CRuby 3.1's date__parse behaves: the text is tried against a fixed
# sequence of readers (weekday, time with zone, "2 Jan 2020", "Jan 2 2020", ISO
# "2020-01-02", JIS "H31.04.30", VMS "02-Jan-2020", "2020/01/02", "2020.01.02", ISO week
# and ordinal forms, 'yy, a lone month, "2nd", digit runs such as "20200102T030405"); each
# reader that matches blanks its text out, and the first date reader to match ends the
# search. The result is a Hash of the fields found (its keys in the order found), with
# 2-digit years completed and a zone's offset.
class Date
  module Parse
    ABBR_DAYS = %w[sun mon tue wed thu fri sat].freeze
    ABBR_MONTHS = %w[jan feb mar apr may jun jul aug sep oct nov dec].freeze
    DAYS_RE = ABBR_DAYS.join("|")
    MONTHS_RE = ABBR_MONTHS.join("|")
    ERA = '(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))?'

    DAY = /\b(#{DAYS_RE})[^-\/\d\s]*/i
    TIME = /(
               (?:\d+\s*:\s*\d+(?:\s*:\s*\d+(?:[,.]\d*)?)?
                 |\d+\s*h(?:\s*\d+m?(?:\s*\d+s?)?)?)
               (?:\s*[ap](?:m\b|\.m\.))?
             |\d+\s*[ap](?:m\b|\.m\.)
           )
           (?:\s*(
               (?:gmt|utc?)?[-+]\d+(?:[,.:]\d+(?::\d+)?)?
             |(?-i:[[:alpha:].\s]+)(?:standard|daylight)\stime\b
             |(?-i:[[:alpha:]]+)(?:\sdst)?\b
           ))?/xi
    TIME_PARTS = /\A(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i
    EU = /('?\d+)[^-\d\s]*\s*(#{MONTHS_RE})[^-\d\s']*(?:\s*#{ERA}\s*('?-?\d+(?:(?:st|nd|rd|th)\b)?))?/i
    US = /\b(#{MONTHS_RE})[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*#{ERA}\s*('?-?\d+))?/i
    ISO = /('?[-+]?\d+)-(\d+)-('?-?\d+)/
    ISO21 = /\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b/i
    ISO22 = /-w-(\d)\b/i
    ISO23 = /--(\d{2})?-(\d{2})\b/
    ISO24 = /--(\d{2})(\d{2})?\b/
    ISO25_NOT = /[,.](\d{2}|\d{4})-\d{3}\b/
    ISO25 = /\b(\d{2}|\d{4})-(\d{3})\b/
    ISO26_NOT = /\d-\d{3}\b/
    ISO26 = /\b-(\d{3})\b/
    JIS = /\b([mtsh])(\d+)\.(\d+)\.(\d+)/i
    VMS11 = /('?-?\d+)-(#{MONTHS_RE})[^-\/.]*-('?-?\d+)/i
    VMS12 = /\b(#{MONTHS_RE})[^-\/.]*-('?-?\d+)(?:-('?-?\d+))?/i
    SLA = %r{('?-?\d+)/\s*('?\d+)(?:\D\s*('?-?\d+))?}i
    DOT = /('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/i
    YEAR = /'(\d+)\b/
    MON = /\b(#{MONTHS_RE})\S*/i
    MDAY = /(\d+)(st|nd|rd|th)\b/i
    DDD = /([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i
    BC = /\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)/i
    FRAG = /\A\s*(\d{1,2})\s*\z/i
    GENGO = { "m" => 1867, "t" => 1911, "s" => 1925, "h" => 1988 }.freeze

    module_function

    def parse(text, comp)
      str = text.gsub(/[^-+',.\/:@[:alnum:]\[\]]+/, " ")
      h = { _comp: comp }
      day(str, h) if has?(str, :alpha)
      time(str, h) if has?(str, :digit)
      date_readers(str, h)
      sub(str, BC) { h[:_bc] = true } if has?(str, :alpha)
      sub(str, FRAG) { |m| frag(m[1].to_i, h) } if has?(str, :digit)
      finish(h)
    end

    # The date readers in CRuby's order; the first one that matches ends the search.
    def date_readers(str, h)
      return if has?(str, :alpha, :digit) && (eu(str, h) || us(str, h))
      return if has?(str, :digit, :dash) && sub(str, ISO) { |m| s3e(h, m[1], m[2], m[3]) }
      return if has?(str, :digit, :dot) && sub(str, JIS) { |m| jis(m, h) }
      return if has?(str, :alpha, :digit, :dash) && vms(str, h)
      return if has?(str, :digit, :slash) && sub(str, SLA) { |m| s3e(h, m[1], m[2], m[3]) }
      return if has?(str, :digit, :dot) && sub(str, DOT) { |m| s3e(h, m[1], m[2], m[3]) }
      return if has?(str, :digit) && iso2(str, h)
      return if has?(str, :digit) && sub(str, YEAR) { |m| h[:year] = m[1].to_i }
      return if has?(str, :alpha) && sub(str, MON) { |m| h[:mon] = mon_num(m[1]) }
      return if has?(str, :digit) && sub(str, MDAY) { |m| h[:mday] = m[1].to_i }
      has?(str, :digit) && sub(str, DDD) { |m| ddd(m, h) }
    end

    CLASSES = { alpha: /[a-zA-Z]/, digit: /\d/, dash: /-/, dot: /\./, slash: %r{/} }.freeze

    def has?(str, *classes) = classes.all? { |c| CLASSES[c].match?(str) }

    # Blanks the first match of re in str out (one space) and yields it; whether it matched.
    def sub(str, re)
      m = re.match(str) or return false
      str[m.begin(0), m.end(0) - m.begin(0)] = " "
      yield m
      true
    end

    def mon_num(s) = ABBR_MONTHS.index(s[0, 3].downcase) + 1

    def bc?(era) = !era.nil? && era[0].downcase == "b"

    def day(str, h)
      sub(str, DAY) { |m| h[:wday] = ABBR_DAYS.index(m[1][0, 3].downcase) }
    end

    def time(str, h)
      m = TIME.match(str) or return
      t = TIME_PARTS.match(m[1])
      str[m.begin(0), m.end(0) - m.begin(0)] = " "
      h[:zone] = m[2] if m[2]
      return unless t
      hour = t[1].to_i
      hour = hour % 12 + (t[5].downcase == "p" ? 12 : 0) if t[5]
      h[:hour] = hour
      h[:min] = t[2].to_i if t[2]
      h[:sec] = t[3].to_i if t[3]
      h[:sec_fraction] = Rational(t[4].to_i, 10**t[4].size) if t[4]
    end

    def eu(str, h)
      sub(str, EU) { |m| s3e(h, m[4], mon_num(m[2]), m[1], bc?(m[3])) }
    end

    def us(str, h)
      sub(str, US) { |m| s3e(h, m[4], mon_num(m[1]), m[2], bc?(m[3])) }
    end

    def jis(m, h)
      h[:year] = m[2].to_i + GENGO[m[1].downcase]
      h[:mon] = m[3].to_i
      h[:mday] = m[4].to_i
    end

    def vms(str, h)
      sub(str, VMS11) { |m| s3e(h, m[3], mon_num(m[2]), m[1]) } ||
        sub(str, VMS12) { |m| s3e(h, m[3], mon_num(m[1]), m[2]) }
    end

    # ISO 8601 week dates, --MM-DD / --MMDD, and ordinal dates.
    def iso2(str, h)
      return true if sub(str, ISO21) do |m|
        h[:cwyear] = m[1].to_i if m[1]
        h[:cweek] = m[2].to_i
        h[:cwday] = m[3].to_i if m[3]
      end
      return true if sub(str, ISO22) { |m| h[:cwday] = m[1].to_i }
      return true if sub(str, ISO23) do |m|
        h[:mon] = m[1].to_i if m[1]
        h[:mday] = m[2].to_i
      end
      return true if sub(str, ISO24) do |m|
        h[:mon] = m[1].to_i
        h[:mday] = m[2].to_i if m[2]
      end
      return true if !ISO25_NOT.match?(str) && sub(str, ISO25) do |m|
        h[:year] = m[1].to_i
        h[:yday] = m[2].to_i
      end
      !ISO26_NOT.match?(str) && sub(str, ISO26) { |m| h[:yday] = m[1].to_i }
    end

    # Year, month and day from three texts whose roles depend on their form: a leading
    # apostrophe or more than two digits marks the year ("2020-01-02", "02/01/2020").
    def s3e(h, y, m, d, bc = false)
      m = m.to_s
      y, m, d = d, y, m if y && m && d.nil?
      if y.nil?
        if d && d.size > 2
          y = d
          d = nil
        end
        if d && d[0] == "'"
          y = d
          d = nil
        end
      end
      if y
        digits = y[/[-+]?\d+/]
        rest = y.sub(/\A[^-+\d]*/, "")
        if rest.size > digits.to_s.size # text after the digits: it was a day ("2nd")
          y, d = d, digits
        end
      end
      y, m, d = m, d, y if m && (m[0] == "'" || m.size > 2)
      y, d = d, y if d && (d[0] == "'" || d.size > 2)
      comp = nil
      if y
        md = y.match(/([-+])?(\d+)/)
        comp = false if md[1] || md[2].size > 2
        h[:year] = "#{md[1]}#{md[2]}".to_i
      end
      h[:_bc] = true if bc
      h[:mon] = m[/\d+/].to_i if m
      h[:mday] = d[/\d+/].to_i if d
      h[:_comp] = comp unless comp.nil?
    end

    # How a run of N digits splits into fields, left to right: as a date (DD, MMDD,
    # YYMMDD, YYYYMMDD[HH[MM[SS]]], DDD, YYDDD, YYYYDDD) or, when only a fraction follows,
    # as a time counted from the right (SS, MSS, MMSS, ..., YYYYMMDDHHMMSS).
    DDD_DATE = {
      2 => [[:mday, 2]], 4 => [[:mon, 2], [:mday, 2]], 6 => [[:year, 2], [:mon, 2], [:mday, 2]],
      8 => [[:year, 4], [:mon, 2], [:mday, 2]], 10 => [[:year, 4], [:mon, 2], [:mday, 2], [:hour, 2]],
      12 => [[:year, 4], [:mon, 2], [:mday, 2], [:hour, 2], [:min, 2]],
      14 => [[:year, 4], [:mon, 2], [:mday, 2], [:hour, 2], [:min, 2], [:sec, 2]],
      3 => [[:yday, 3]], 5 => [[:year, 2], [:yday, 3]], 7 => [[:year, 4], [:yday, 3]]
    }.freeze
    DDD_TIME = {
      2 => [[:sec, 2]], 3 => [[:min, 1], [:sec, 2]], 4 => [[:min, 2], [:sec, 2]],
      5 => [[:hour, 1], [:min, 2], [:sec, 2]], 6 => [[:hour, 2], [:min, 2], [:sec, 2]],
      7 => [[:mday, 1], [:hour, 2], [:min, 2], [:sec, 2]],
      8 => [[:mday, 2], [:hour, 2], [:min, 2], [:sec, 2]],
      10 => [[:mon, 2], [:mday, 2], [:hour, 2], [:min, 2], [:sec, 2]],
      12 => [[:year, 2], [:mon, 2], [:mday, 2], [:hour, 2], [:min, 2], [:sec, 2]],
      14 => [[:year, 4], [:mon, 2], [:mday, 2], [:hour, 2], [:min, 2], [:sec, 2]]
    }.freeze

    # A run of digits (see DDD_DATE), then maybe a time (HH, HHMM, HHMMSS, or MMSS... when
    # a fraction follows), a fraction and a zone.
    def ddd(m, h)
      sign, s2, s3, s4, s5 = m[1], m[2], m[3], m[4], m[5]
      time_only = s3.nil? && !s4.nil?
      layout = (time_only ? DDD_TIME : DDD_DATE)[s2.size]
      if layout
        at = 0
        parts = layout.map { |key, width| [key, s2[at, width].to_i].tap { at += width } }
        parts.reverse! if time_only # CRuby fills these from the right
        parts.each { |key, v| h[key] = key == :year && sign == "-" ? -v : v }
        h[:_comp] = false if time_only ? s2.size == 14 : s2.size >= 8 && s2.size.even?
      end
      ddd_time(s3, !s4.nil?, h) if s3 && [2, 4, 6].include?(s3.size)
      h[:sec_fraction] = Rational(s4.to_i, 10**s4.size) if s4
      ddd_zone(s5, h) if s5
    end

    # HH[MM[SS]] after the date, or [[HH]MM]SS when a fraction follows.
    def ddd_time(s3, fraction, h)
      n = s3.size / 2
      if fraction
        %i[sec min hour].first(n).each_with_index { |k, i| h[k] = s3[s3.size - 2 * (i + 1), 2].to_i }
      else
        %i[hour min sec].first(n).each_with_index { |k, i| h[k] = s3[2 * i, 2].to_i }
      end
    end

    # "z", "+0900", or "[-5:EST]" / "[9]" (an offset in hours and a name).
    def ddd_zone(s5, h)
      h[:zone] = s5
      return unless s5.start_with?("[")
      inner = s5[1...-1]
      off, name = inner.split(":", 2)
      h[:zone] = name || off
      off = "+#{off}" if off.match?(/\A\d/)
      h[:offset] = Date.__zone_to_diff(off)
    end

    # A lone 1- or 2-digit number left over: the day when only a time was found, the hour
    # when only a day was.
    def frag(n, h)
      h[:mday] = n if h.key?(:hour) && !h.key?(:mday) && (1..31).cover?(n)
      h[:hour] = n if h.key?(:mday) && !h.key?(:hour) && (0..24).cover?(n)
    end

    def finish(h)
      if h[:_bc]
        h[:cwyear] = 1 - h[:cwyear] if h[:cwyear]
        h[:year] = 1 - h[:year] if h[:year]
      end
      if h[:_comp]
        %i[cwyear year].each do |k|
          y = h[k]
          h[k] = y + (y >= 69 ? 1900 : 2000) if y && y >= 0 && y <= 99
        end
      end
      h.delete(:_bc)
      h.delete(:_comp)
      h[:offset] = Date.__zone_to_diff(h[:zone]) if h[:zone] && !h.key?(:offset)
      h
    end
  end

  ZONE_TABLE = {
    "ut" => 0, "gmt" => 0, "est" => -5, "edt" => -4, "cst" => -6, "cdt" => -5, "mst" => -7,
    "mdt" => -6, "pst" => -8, "pdt" => -7,
    "a" => 1, "b" => 2, "c" => 3, "d" => 4, "e" => 5, "f" => 6, "g" => 7, "h" => 8, "i" => 9,
    "k" => 10, "l" => 11, "m" => 12, "n" => -1, "o" => -2, "p" => -3, "q" => -4, "r" => -5,
    "s" => -6, "t" => -7, "u" => -8, "v" => -9, "w" => -10, "x" => -11, "y" => -12, "z" => 0,
    "utc" => 0, "wet" => 0, "at" => -2, "brst" => -2, "ndt" => -2.5, "art" => -3, "adt" => -3,
    "brt" => -3, "clst" => -3, "nst" => -3.5, "ast" => -4, "clt" => -4, "akdt" => -8,
    "ydt" => -8, "akst" => -9, "hadt" => -9, "hdt" => -9, "yst" => -9, "ahst" => -10,
    "cat" => -10, "hast" => -10, "hst" => -10, "nt" => -11, "idlw" => -12, "bst" => 1,
    "cet" => 1, "fwt" => 1, "met" => 1, "mewt" => 1, "mez" => 1, "swt" => 1, "wat" => 1,
    "west" => 1, "cest" => 2, "eet" => 2, "fst" => 2, "mest" => 2, "mesz" => 2, "sast" => 2,
    "sst" => 2, "bt" => 3, "eat" => 3, "eest" => 3, "msk" => 3, "msd" => 4, "zp4" => 4,
    "zp5" => 5, "ist" => 5.5, "zp6" => 6, "wast" => 7, "cct" => 8, "sgt" => 8, "wadt" => 8,
    "jst" => 9, "kst" => 9, "east" => 10, "gst" => 10, "eadt" => 11, "idle" => 12,
    "nzst" => 12, "nzt" => 12, "nzdt" => 13
  }.transform_values { |h| (h * 3600).to_i }.merge(
    "afghanistan" => 16_200, "alaskan" => -32_400, "arab" => 10_800, "arabian" => 14_400,
    "arabic" => 10_800, "atlantic" => -14_400, "aus central" => 34_200,
    "aus eastern" => 36_000, "azores" => -3600, "canada central" => -21_600,
    "cape verde" => -3600, "caucasus" => 14_400, "cen. australia" => 34_200,
    "central america" => -21_600, "central asia" => 21_600, "central europe" => 3600,
    "central european" => 3600, "central pacific" => 39_600, "central" => -21_600,
    "china" => 28_800, "dateline" => -43_200, "e. africa" => 10_800,
    "e. australia" => 36_000, "e. europe" => 7200, "e. south america" => -10_800,
    "eastern" => -18_000, "egypt" => 7200, "ekaterinburg" => 18_000, "fiji" => 43_200,
    "fle" => 7200, "greenland" => -10_800, "greenwich" => 0, "gtb" => 7200,
    "hawaiian" => -36_000, "india" => 19_800, "iran" => 12_600, "jerusalem" => 7200,
    "korea" => 32_400, "mexico" => -21_600, "mid-atlantic" => -7200, "mountain" => -25_200,
    "myanmar" => 23_400, "n. central asia" => 21_600, "nepal" => 20_700,
    "new zealand" => 43_200, "newfoundland" => -12_600, "north asia east" => 28_800,
    "north asia" => 25_200, "pacific sa" => -14_400, "pacific" => -28_800,
    "romance" => 3600, "russian" => 10_800, "sa eastern" => -10_800,
    "sa pacific" => -18_000, "sa western" => -14_400, "samoa" => -39_600,
    "se asia" => 25_200, "malay peninsula" => 28_800, "south africa" => 7200,
    "sri lanka" => 21_600, "taipei" => 28_800, "tasmania" => 36_000, "tokyo" => 32_400,
    "tonga" => 46_800, "us eastern" => -18_000, "us mountain" => -25_200,
    "vladivostok" => 36_000, "w. australia" => 28_800, "w. central africa" => 3600,
    "w. europe" => 3600, "west asia" => 18_000, "west pacific" => 36_000,
    "yakutsk" => 32_400
  ).freeze
  private_constant :ZONE_TABLE

  # The offset in seconds a zone text names ("EST", "+09:00", "GMT+9", "-0530",
  # "Eastern Daylight Time" is not known, "JST dst"), nil when it names none.
  def self.__zone_to_diff(zone)
    s = zone.to_s.downcase.split(/\s+/).reject(&:empty?).join(" ")
    dst = false
    if s.end_with?(" standard time")
      s = s.delete_suffix(" standard time")
    elsif s.end_with?(" daylight time")
      s = s.delete_suffix(" daylight time")
      dst = true
    elsif s.end_with?(" dst")
      s = s.delete_suffix(" dst")
      dst = true
    end
    if (off = ZONE_TABLE[s])
      return dst ? off + 3600 : off
    end
    s = s.sub(/\A(?:gmt|utc)/, "")
    return nil unless s.match?(/\A[-+]/)
    sign = s[0] == "-" ? -1 : 1
    body = s[1..]
    hour, min, sec = if body.include?(":")
                       body.split(":", 3)
                     elsif body.match?(/[,.]/)
                       whole, frac = body.split(/[,.]/, 2)
                       [whole, Rational(frac.to_i, 10**frac.size) * 60]
                     elsif body.size.odd?
                       [body[0, 1], body[1, 2], body[3, 2]]
                     else
                       [body[0, 2], body[2, 2], body[4, 2]]
                     end
    off = hour.to_s.to_i * 3600
    off += (min.is_a?(String) ? min.to_i : min) * 60 if min && min != ""
    off += sec.to_i if sec && sec != ""
    sign * off
  end
end
