# yaml/parser: YAML text to Ruby data for the common subset of YAML 1.1: documents
# (---, ...), block mappings and sequences (nested by indentation, "- key: v" items),
# flow collections ([a, b], {a: b}), plain scalars (several lines folded), single and
# double quoted scalars with escapes, literal (|) and folded (>) blocks with chomping
# and indentation indicators, comments, anchors and aliases, and the !!str/!ruby tags
# Psych writes. Plain scalars mean what ScalarScanner says; the Loader decides which
# classes (Symbol, Date, ...) and aliases a document may use.
module Psych
  class Parser
    Line = Struct.new(:indent, :text, :number)

    def initialize(source, loader, filename = nil)
      @loader = loader
      @filename = filename
      @lines = []
      # split, not each_line: maglev's String#each_line costs the string's length per
      # line.
      source.to_s.split("\n").each_with_index do |raw, i|
        raw = raw.delete_suffix("\r")
        @lines << Line.new(raw[/\A */].size, raw, i + 1)
      end
      @pos = 0
      @anchors = {}
    end

    # Every document's value.
    def documents
      docs = []
      loop do
        skip_blank
        break if @pos >= @lines.size
        line = @lines[@pos]
        if line.text.start_with?("---")
          rest = line.text[3..].strip
          @pos += 1
          if rest.empty? || rest.start_with?("#")
            docs << document_body
          else
            docs << inline_then_block(strip_comment(rest), -1)
          end
        elsif line.text.start_with?("%")
          @pos += 1
        else
          docs << document_body
        end
        skip_blank
        @pos += 1 if @pos < @lines.size && @lines[@pos].text.start_with?("...")
      end
      docs
    end

    private

    def document_body
      skip_blank
      return nil if @pos >= @lines.size || doc_marker?(@lines[@pos])
      block_node(-1)
    end

    def doc_marker?(line) = line.indent.zero? && line.text.match?(/\A(?:---|\.\.\.)(?:\s|\z)/)

    def blank?(line) = line.text.strip.empty? || line.text.lstrip.start_with?("#")

    def skip_blank
      @pos += 1 while @pos < @lines.size && blank?(@lines[@pos])
    end

    def error(message, line = @lines[[@pos, @lines.size - 1].min])
      n = line ? line.number : 0
      col = line ? line.indent + 1 : 0
      raise SyntaxError.new(@filename, n, col, 0, message, @flow ? "while parsing a flow sequence" : "while parsing a block mapping")
    end

    # The node whose first line is the next non-blank one, deeper than parent_indent.
    def block_node(parent_indent)
      skip_blank
      return nil if @pos >= @lines.size
      line = @lines[@pos]
      return nil if line.indent <= parent_indent || doc_marker?(line)
      text = line.text.strip
      if sequence_item?(text)
        sequence(line.indent)
      elsif (m = mapping_key(text))
        mapping(line.indent, m)
      else
        @pos += 1
        value_text(text, line.indent, parent_indent)
      end
    end

    def sequence_item?(text) = text == "-" || text.start_with?("- ")

    # [key source, rest of line] when text starts a mapping entry.
    def mapping_key(text)
      return nil if text.start_with?("[", "{", "|", ">", "*")
      if text.start_with?('"', "'")
        q = text[0]
        stop = quoted_end(text, q)
        return nil unless stop
        rest = text[(stop + 1)..]
        return [text[0..stop], rest.sub(/\A\s*:/, "").strip] if rest.match?(/\A\s*:(\s|\z)/)
        return nil
      end
      return [text[0..-2].rstrip, ""] if text.end_with?(":") && !text.include?(": ")
      i = text.index(/:(\s|\z)/)
      return nil unless i
      key = text[0...i].rstrip
      return nil if key.include?(" #")
      [key, text[(i + 1)..].strip]
    end

    def quoted_end(text, q)
      i = 1
      while i < text.size
        if q == "'" && text[i] == "'"
          return i unless text[i + 1] == "'"
          i += 2
          next
        end
        return i if q == '"' && text[i] == '"'
        i += 1 if q == '"' && text[i] == "\\"
        i += 1
      end
      nil
    end

    def sequence(indent)
      list = []
      while @pos < @lines.size
        skip_blank
        break if @pos >= @lines.size
        line = @lines[@pos]
        text = line.text.strip
        break if line.indent != indent || !sequence_item?(text) || doc_marker?(line)
        rest = strip_comment(text[1..].to_s.strip)
        @pos += 1
        list << item_value(rest, indent)
      end
      list
    end

    # The value of "- rest": inline scalar, nested block, or an inline mapping or
    # sequence whose next entries are indented past the dash.
    def item_value(rest, indent)
      return block_node(indent) if rest.empty?
      inner = indent + 2
      if sequence_item?(rest)
        @pos -= 1
        @lines[@pos] = Line.new(inner, " " * inner + rest, @lines[@pos].number)
        return sequence(inner)
      end
      if (m = mapping_key(rest)) && !rest.start_with?("&", "!")
        @pos -= 1
        @lines[@pos] = Line.new(inner, " " * inner + rest, @lines[@pos].number)
        return mapping(inner, mapping_key(rest))
      end
      inline_then_block(rest, indent)
    end

    def mapping(indent, first)
      hash = {}
      entry = first
      loop do
        @pos += 1
        key = key_value(entry[0])
        rest = strip_comment(entry[1])
        value = if rest.empty?
                  nested_value(indent)
                else
                  inline_then_block(rest, indent)
                end
        if key == "<<" && value.is_a?(Hash)
          value.each { |k, v| hash[k] = v unless hash.key?(k) }
        else
          hash[key] = value
        end
        skip_blank
        break if @pos >= @lines.size
        line = @lines[@pos]
        break if line.indent != indent || doc_marker?(line)
        entry = mapping_key(line.text.strip)
        error("could not find expected ':'") unless entry
      end
      hash
    end

    # The value after "key:" with nothing else on the line: a block below it (a
    # sequence may sit at the key's own indentation), or nil.
    def nested_value(indent)
      skip_blank
      return nil if @pos >= @lines.size
      line = @lines[@pos]
      return sequence(indent) if line.indent == indent && sequence_item?(line.text.strip)
      block_node(indent)
    end

    def key_value(src)
      src = src.strip
      return quoted(src) if src.start_with?('"', "'")
      return flow(src) if src.start_with?("[", "{")
      plain(src)
    end

    # A value that starts on a line after "---", "- " or "key:"; it may continue below.
    def inline_then_block(text, indent)
      if text.start_with?("&")
        name, rest = text[1..].split(/\s+/, 2)
        value = rest.to_s.strip.empty? ? block_node(indent) : inline_then_block(rest.strip, indent)
        return @anchors[name] = value
      end
      if text.start_with?("*")
        name = text[1..].strip
        return @loader.alias_for(name, @anchors)
      end
      if text.start_with?("!")
        tag, rest = text.split(/\s+/, 2)
        value = rest.to_s.strip.empty? ? block_node(indent) : inline_then_block(rest.strip, indent)
        return @loader.tagged(tag, value)
      end
      value_text(text, indent, indent)
    end

    def value_text(text, indent, parent_indent)
      case text[0]
      when "|", ">" then block_scalar(text, parent_indent)
      when "[", "{" then flow(gather_flow(text))
      when '"', "'" then quoted(gather_quoted(text))
      else
        text = plain_lines(strip_comment(text), parent_indent)
        error("mapping values are not allowed in this context") if text.match?(/: |:\z/)
        plain(text)
      end
    end

    # A plain scalar continued on deeper lines: joined by spaces.
    def plain_lines(text, parent_indent)
      parts = [text]
      while @pos < @lines.size
        line = @lines[@pos]
        break if line.indent <= parent_indent || blank?(line) || doc_marker?(line)
        t = line.text.strip
        break if mapping_key(t) || sequence_item?(t)
        parts << strip_comment(t)
        @pos += 1
      end
      parts.join(" ")
    end

    def strip_comment(text)
      return text if text.start_with?('"', "'")
      text.sub(/(\A|\s)#.*\z/, "").rstrip
    end

    def gather_flow(text)
      src = +text
      while depth(src) > 0 && @pos < @lines.size
        src << " " << @lines[@pos].text.strip
        @pos += 1
      end
      if depth(src) > 0
        @flow = src
        error("did not find expected ',' or ']'")
      end
      src
    end

    def depth(src)
      d = 0
      quote = nil
      src.each_char do |c|
        if quote
          quote = nil if c == quote
        elsif c == '"' || c == "'"
          quote = c
        elsif "[{".include?(c)
          d += 1
        elsif "]}".include?(c)
          d -= 1
        end
      end
      d
    end

    def gather_quoted(text)
      src = +text
      while quoted_end(src, src[0]).nil? && @pos < @lines.size
        src << "\n" << @lines[@pos].text.strip
        @pos += 1
      end
      src
    end

    def block_scalar(header, parent_indent)
      style = header[0]
      chomp = header[/[-+]/]
      explicit = header[/\d/]&.to_i
      lines = []
      base = nil
      while @pos < @lines.size
        line = @lines[@pos]
        if line.text.strip.empty?
          lines << ""
          @pos += 1
          next
        end
        base ||= explicit ? parent_indent.clamp(0, nil) + explicit : line.indent
        base = explicit + [parent_indent, 0].max if explicit && parent_indent < 0
        break if line.indent < base || line.indent <= parent_indent
        lines << line.text[base..]
        @pos += 1
      end
      trailing = lines.reverse.take_while(&:empty?).size
      content = lines[0, lines.size - trailing]
      text = style == "|" ? content.join("\n") : fold_lines(content)
      case chomp
      when "-" then text
      when "+" then text + "\n" * (trailing + (content.empty? ? 0 : 1))
      else content.empty? ? "" : text + "\n"
      end
    end

    # Folded (>) content: lines joined by spaces; each empty line is one newline, and
    # more-indented lines keep their breaks.
    def fold_lines(lines)
      out = +""
      lines.each_with_index do |l, i|
        prev = i.zero? ? nil : lines[i - 1]
        if l.empty?
          out << "\n"
        elsif prev && !prev.empty?
          out << (l.start_with?(" ") || prev.start_with?(" ") ? "\n" : " ")
        end
        out << l
      end
      out
    end

    def quoted(src)
      q = src[0]
      stop = quoted_end(src, q) or error("found unexpected end of stream while scanning a quoted scalar")
      body = src[1...stop]
      body = body.gsub(/ *\n *(\n*)/) { $1.empty? ? " " : $1 }
      return body.gsub("''", "'") if q == "'"
      unescape(body)
    end

    UNESCAPES = {"0" => "\0", "a" => "\a", "b" => "\b", "t" => "\t", "\t" => "\t", "n" => "\n",
                 "v" => "\v", "f" => "\f", "r" => "\r", "e" => "\e", " " => " ", '"' => '"',
                 "/" => "/", "\\" => "\\", "N" => "\u0085", "_" => "\u00a0", "L" => "\u2028",
                 "P" => "\u2029"}.freeze

    def unescape(body)
      body.gsub(/\\(x\h{2}|u\h{4}|U\h{8}|.)/m) do
        e = $1
        case e[0]
        when "x", "u", "U" then e.size > 1 ? [e[1..].hex].pack("U") : e
        else UNESCAPES.fetch(e) { "\\#{e}" }
        end
      end
    end

    def plain(src)
      ScalarScanner.tokenize(src, @loader)
    end

    # [a, b] and {k: v} on one (joined) line.
    def flow(src)
      @flow = src
      @flow_pos = 0
      value = flow_node
      flow_space
      error("did not find expected node content") if @flow_pos < @flow.size
      value
    end

    def flow_space
      @flow_pos += 1 while @flow_pos < @flow.size && @flow[@flow_pos].match?(/\s/)
    end

    def flow_node
      flow_space
      c = @flow[@flow_pos]
      case c
      when "["
        @flow_pos += 1
        list = []
        loop do
          flow_space
          break @flow_pos += 1 if @flow[@flow_pos] == "]"
          list << flow_entry
          flow_space
          if @flow[@flow_pos] == ","
            @flow_pos += 1
          elsif @flow[@flow_pos] != "]"
            error("did not find expected ',' or ']'")
          end
        end
        list
      when "{"
        @flow_pos += 1
        hash = {}
        loop do
          flow_space
          break @flow_pos += 1 if @flow[@flow_pos] == "}"
          k = flow_scalar(true)
          flow_space
          v = nil
          if @flow[@flow_pos] == ":"
            @flow_pos += 1
            flow_space
            v = [",", "}"].include?(@flow[@flow_pos]) ? nil : flow_node
          end
          hash[k] = v
          flow_space
          if @flow[@flow_pos] == ","
            @flow_pos += 1
          elsif @flow[@flow_pos] != "}"
            error("did not find expected ',' or '}'")
          end
        end
        hash
      else
        flow_scalar(false)
      end
    end

    # An entry of a flow sequence: a value, or "k: v" (a one-pair Hash).
    def flow_entry
      value = flow_node
      flow_space
      if @flow[@flow_pos] == ":" && @flow[@flow_pos + 1].to_s.match?(/\s|\z/)
        @flow_pos += 1
        return {value => flow_node}
      end
      value
    end

    def flow_scalar(as_key)
      c = @flow[@flow_pos]
      if c == '"' || c == "'"
        rest = @flow[@flow_pos..]
        stop = quoted_end(rest, c) or error("found unexpected end of stream")
        @flow_pos += stop + 1
        return quoted(rest[0..stop])
      end
      return flow_node if c == "[" || c == "{"
      stop = as_key ? /[,{}\[\]]|:(?=\s|\z|[,\]}])/ : /[,{}\[\]]|:(?=\s)/
      rest = @flow[@flow_pos..]
      len = rest.index(stop) || rest.size
      @flow_pos += len
      plain(rest[0, len].strip)
    end
  end
end
