# expect: IO#expect(pattern, timeout), reading a character at a time until the text read
# matches (a String is matched literally): [text, *captures], or nil at timeout or end of
# file (what was read then waits for the next call). With $expect_verbose each character
# read is echoed to STDOUT. With a block the result is yielded and expect returns nil.
class IO
  def expect(pat, timeout = 9_999_999)
    re = case pat
         when String then Regexp.new(Regexp.quote(pat))
         when Regexp then pat
         else raise TypeError, "unsupported pattern class: #{pat.class}"
         end
    @unusedBuf ||= +""
    buf = +""
    result = nil
    loop do
      if !@unusedBuf.empty?
        c = @unusedBuf.slice!(0)
      elsif !IO.select([self], nil, nil, timeout) || eof?
        @unusedBuf = buf
        break
      else
        c = getc
      end
      buf << c
      if $expect_verbose
        STDOUT.print c
        STDOUT.flush
      end
      if (m = re.match(buf))
        result = [buf, *m.captures]
        break
      end
    end
    return result unless block_given?
    yield result
    nil
  end
end
