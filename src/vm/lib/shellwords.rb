# shellwords: splitting a line into words as the POSIX shell does (quotes, backslashes)
# and escaping words for it: Shellwords.split/escape/join and String#shellsplit,
# String#shellescape, Array#shelljoin.
module Shellwords
  module_function

  # One pass over the line: outside quotes whitespace ends a word and a backslash takes
  # the next character literally (backslash-newline is removed); inside '...' every
  # character is literal; inside "..." a backslash escapes only $ ` " \ and newline.
  def shellsplit(line)
    line = line.to_str
    words = []
    word = nil
    i = 0
    n = line.length
    while i < n
      c = line[i]
      if c == " " || c == "\t" || c == "\n" || c == "\v" || c == "\f" || c == "\r"
        if word
          words << word
          word = nil
        end
        i += 1
      elsif c == "\\"
        word ||= +""
        nxt = line[i + 1]
        if nxt.nil?
          word << "\\"
        elsif nxt == "\n"
          word << "\\\n"
        else
          word << nxt
        end
        i += 2
      elsif c == "'"
        close = line.index("'", i + 1)
        raise ArgumentError, "Unmatched quote: #{line.inspect}" unless close
        word = (word || +"") << line[(i + 1)...close]
        i = close + 1
      elsif c == '"'
        word ||= +""
        i += 1
        loop do
          raise ArgumentError, "Unmatched quote: #{line.inspect}" if i >= n
          d = line[i]
          if d == '"'
            i += 1
            break
          elsif d == "\\" && i + 1 < n && "$`\"\\\n".include?(line[i + 1])
            word << line[i + 1] unless line[i + 1] == "\n"
            i += 2
          else
            word << d
            i += 1
          end
        end
      else
        word = (word || +"") << c
        i += 1
      end
    end
    words << word if word
    words
  end

  def shellescape(str)
    str = str.to_s
    return "''" if str.empty?
    str = str.gsub(%r{[^A-Za-z0-9_\-.,:+/@\n]}) { |c| "\\#{c}" }
    str.gsub("\n", "'\n'")
  end

  def shelljoin(array)
    array.map { |arg| shellescape(arg) }.join(" ")
  end

  alias shellwords shellsplit
  alias split shellsplit
  alias escape shellescape
  alias join shelljoin
  module_function :shellwords, :split, :escape, :join
end

class String
  def shellsplit
    Shellwords.split(self)
  end

  def shellescape
    Shellwords.escape(self)
  end
end

class Array
  def shelljoin
    Shellwords.join(self)
  end
end
