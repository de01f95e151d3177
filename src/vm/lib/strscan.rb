# strscan: StringScanner, lexical scanning of a String from a position. Positions are
# byte offsets as in CRuby; a Regexp is matched anchored at the position by a \G form of
# it (made once per Regexp), against a frozen copy of the string so that matching at a
# position does not copy the string (the copy is renewed when the string changes size).
class StringScanner
  Version = "3.0.1"
  Id = "$Id$"

  class Error < StandardError
  end

  def self.must_C_version
    self
  end

  ANCHORED = {}.compare_by_identity
  private_constant :ANCHORED

  def initialize(string, _dup = false, fixed_anchor: false)
    @string = string
    @fixed_anchor = fixed_anchor
    reset
  end

  attr_reader :string

  def string=(str)
    @string = str
    reset
    str
  end

  def fixed_anchor?
    @fixed_anchor
  end

  def pos
    @pos
  end
  alias pointer pos

  def pos=(n)
    n += @string.bytesize if n < 0
    raise RangeError, "index out of range" if n < 0 || n > @string.bytesize
    @pos = n
  end
  alias pointer= pos=

  def charpos
    (@string.byteslice(0, @pos) || "").length
  end

  def reset
    @pos = 0
    clear_match
    self
  end

  def terminate
    @pos = @string.bytesize
    clear_match
    self
  end
  alias clear terminate

  def concat(str)
    @string << str
    self
  end
  alias << concat

  def eos?
    @pos >= @string.bytesize
  end

  def empty?
    eos?
  end

  def rest?
    !eos?
  end

  def rest
    @string.byteslice(@pos, @string.bytesize - @pos) || ""
  end

  def rest_size
    @string.bytesize - @pos
  end

  def restsize
    rest_size
  end

  def beginning_of_line?
    @pos == 0 || @string.getbyte(@pos - 1) == 10
  end
  alias bol? beginning_of_line?

  # --- matching ------------------------------------------------------------------------

  def scan(pattern) = do_match(pattern, true, true, true)
  def scan_until(pattern) = do_match(pattern, true, true, false)
  def skip(pattern) = do_match(pattern, true, false, true)
  def skip_until(pattern) = do_match(pattern, true, false, false)
  def match?(pattern) = do_match(pattern, false, false, true)
  def check(pattern) = do_match(pattern, false, true, true)
  def check_until(pattern) = do_match(pattern, false, true, false)
  def exist?(pattern) = do_match(pattern, false, false, false)

  def scan_full(pattern, advance, return_string)
    do_match(pattern, advance, return_string, true)
  end

  def search_full(pattern, advance, return_string)
    do_match(pattern, advance, return_string, false)
  end

  def getch
    return clear_match if eos?
    c = rest[0]
    set_match(@pos, @pos + c.bytesize, nil)
    @pos += c.bytesize
    c
  end

  def get_byte
    return clear_match if eos?
    c = @string.byteslice(@pos, 1)
    set_match(@pos, @pos + 1, nil)
    @pos += 1
    c
  end
  alias getbyte get_byte

  def scan_byte
    return clear_match if eos?
    b = @string.getbyte(@pos)
    set_match(@pos, @pos + 1, nil)
    @pos += 1
    b
  end

  def peek(len)
    @string.byteslice(@pos, len) || ""
  end
  alias peep peek

  def unscan
    raise Error, "unscan failed: previous match record not exist" unless @matched
    @pos = @prev
    clear_match
    self
  end

  # --- the last match --------------------------------------------------------------------

  def matched?
    @matched
  end

  def matched
    return nil unless @matched
    @string.byteslice(@m_start, @m_end - @m_start)
  end

  def matched_size
    @matched ? @m_end - @m_start : nil
  end

  def pre_match
    @matched ? @string.byteslice(0, @m_start) : nil
  end

  def post_match
    @matched ? @string.byteslice(@m_end, @string.bytesize - @m_end) : nil
  end

  def [](i)
    return nil unless @matched
    if @m
      raise IndexError, "undefined group name reference: #{i}" if (i.is_a?(String) || i.is_a?(Symbol)) && !@m.names.include?(i.to_s)
      return @m[i]
    end
    raise IndexError, "undefined group name reference: #{i}" if i.is_a?(String) || i.is_a?(Symbol)
    i == 0 || i == -1 ? matched : nil
  end

  def size
    return nil unless @matched
    @m ? @m.size : 1
  end

  def captures
    return nil unless @matched
    @m ? @m.captures : []
  end

  def values_at(*indexes)
    return nil unless @matched
    indexes.map { |i| self[i] }
  end

  def named_captures
    @m ? @m.named_captures : {}
  end

  def inspect
    return "#<StringScanner (uninitialized)>" if @string.nil?
    return "#<StringScanner fin>" if eos?
    after = @string.byteslice(@pos, 5)
    after += "..." if rest_size > 5
    if @pos == 0
      "#<StringScanner #{@pos}/#{@string.bytesize} @ #{inspect_bytes(after)}>"
    else
      before = @pos > 5 ? "..." + @string.byteslice(@pos - 5, 5) : @string.byteslice(0, @pos)
      "#<StringScanner #{@pos}/#{@string.bytesize} #{inspect_bytes(before)} @ #{inspect_bytes(after)}>"
    end
  end

  # A binary string's inspect: bytes above 0x7f as \xHH.
  def inspect_bytes(s)
    return s.inspect if s.ascii_only?
    out = +'"'
    s.each_byte { |b| out << (b < 0x80 ? b.chr.inspect[1..-2] : format("\\x%02X", b)) }
    out << '"'
  end
  private :inspect_bytes

  private

  def clear_match
    @matched = false
    @m = nil
    nil
  end

  def set_match(start, stop, m)
    @prev = @pos
    @matched = true
    @m_start = start
    @m_end = stop
    @m = m
  end

  def source
    if @frozen.nil? || @frozen.bytesize != @string.bytesize || @frozen_of != @string.object_id
      @frozen = @string.frozen? ? @string : @string.dup.freeze
      @frozen_of = @string.object_id
    end
    @frozen
  end

  def char_offset(src, byte_pos)
    src.ascii_only? ? byte_pos : src.byteslice(0, byte_pos).length
  end

  def byte_offset(src, char_pos)
    src.ascii_only? ? char_pos : src[0, char_pos].bytesize
  end

  def do_match(pattern, advance, return_string, anchored)
    return clear_match if @pos > @string.bytesize
    if pattern.is_a?(String)
      if anchored
        return clear_match unless rest.start_with?(pattern) || pattern.empty?
        start = @pos
      else
        i = rest.b.index(pattern.b)
        return clear_match unless i
        start = @pos + i
      end
      stop = start + pattern.bytesize
      set_match(start, stop, nil)
    else
      raise TypeError, "wrong argument type #{pattern.class} (expected Regexp)" unless pattern.is_a?(Regexp)
      re = anchored ? (ANCHORED[pattern] ||= Regexp.new("\\G(?:#{pattern.source})", pattern.options)) : pattern
      src = source
      m = re.match(src, char_offset(src, @pos))
      return clear_match unless m
      if src.ascii_only?
        start = m.begin(0)
        stop = m.end(0)
      else
        start = m.pre_match.bytesize
        stop = start + m[0].bytesize
      end
      set_match(start, stop, m)
    end
    length = stop - @prev
    @pos = stop if advance
    return_string ? @string.byteslice(@prev, length) : length
  end
end
