# StringIO: an IO over a String (used for DATA).
class StringIO
  def initialize(str = +"", mode = nil)
    @string = str
    @pos = 0
  end

  attr_reader :string

  def read(n = nil)
    rest = @string[@pos..-1] || ""
    rest = rest[0, n] if n
    @pos += rest.size
    rest
  end

  def gets
    return nil if @pos >= @string.size
    i = @string.index("\n", @pos)
    line = i ? @string[@pos..i] : @string[@pos..-1]
    @pos += line.size
    line
  end

  def each_line
    while (l = gets)
      yield l
    end
    self
  end

  def readlines
    out = []
    each_line { |l| out << l }
    out
  end

  def write(*s)
    s.each { |x| @string << x.to_s }
    s.sum { |x| x.to_s.size }
  end

  def puts(*a)
    a = [""] if a.empty?
    a.flatten.each { |x| x = x.to_s; @string << x; @string << "\n" unless x.end_with?("\n") }
    nil
  end

  def print(*a)
    a.each { |x| @string << x.to_s }
    nil
  end

  def <<(s)
    @string << s.to_s
    self
  end

  def rewind
    @pos = 0
  end

  def eof?
    @pos >= @string.size
  end
end
