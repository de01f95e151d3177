# erb: ERB templates. ERB.new(template, trim_mode:) compiles the template into Ruby
# source (#src) that appends to a String; #result(binding) evaluates it there.
# Tags: <%= expr %>, <% code %>, <%# comment %>, <%% and %%> for literal delimiters;
# trim modes "-" (<%- and -%>), ">" and "<>" (newline after a tag), "%" (% lines).
class ERB
  MAIN_BINDING = binding   # this file's top level: main, with no local variables of its own
  private_constant :MAIN_BINDING

  VERSION = "2.2.3"

  def self.version
    VERSION
  end

  attr_reader :src, :encoding
  attr_accessor :filename, :lineno

  NOT_GIVEN = Object.new
  private_constant :NOT_GIVEN

  # The positional safe_level / trim_mode / eoutvar still work, with 3.1's deprecation
  # warning for each one given.
  def initialize(str, safe_level = NOT_GIVEN, legacy_trim_mode = NOT_GIVEN, legacy_eoutvar = NOT_GIVEN,
                 trim_mode: nil, eoutvar: "_erbout")
    unless safe_level.equal?(NOT_GIVEN)
      warn "Passing safe_level with the 2nd argument of ERB.new is deprecated. Do not use it, " \
           "and specify other arguments as keyword arguments.", uplevel: 1
    end
    unless legacy_trim_mode.equal?(NOT_GIVEN)
      warn "Passing trim_mode with the 3rd argument of ERB.new is deprecated. Use keyword " \
           "argument like ERB.new(str, trim_mode: ...) instead.", uplevel: 1
      trim_mode = legacy_trim_mode
    end
    unless legacy_eoutvar.equal?(NOT_GIVEN)
      warn "Passing eoutvar with the 4th argument of ERB.new is deprecated. Use keyword " \
           "argument like ERB.new(str, eoutvar: ...) instead.", uplevel: 1
      eoutvar = legacy_eoutvar
    end
    @trim_mode = trim_mode.to_s
    @eoutvar = eoutvar
    @encoding = str.encoding
    @filename = nil
    @lineno = 0
    @src = compile(str)
  end

  def location=((filename, lineno))
    @filename = filename
    @lineno = lineno if lineno
  end

  def result(b = new_toplevel)
    eval(@src, b, (@filename || "(erb)"), @lineno)
  end

  def run(b = new_toplevel)
    print result(b)
  end

  # The hash's keys become local variables: assigned at the top of the evaluated source
  # from a block parameter of a binding at the top level.
  def result_with_hash(hash)
    b = MAIN_BINDING.eval("->(erb_locals__) { binding }").call(hash)
    assigns = hash.keys.map { |k| "#{k} = erb_locals__[#{k.inspect}]; " }.join
    eval(assigns + @src, b, (@filename || "(erb)"), @lineno)
  end

  def def_method(mod, name, fname = "(ERB)")
    mod.module_eval("def #{name}\n#{@src}\nend\n", fname, 0)
  end

  private

  def new_toplevel(vars = nil)
    b = Object.const_defined?(:TOPLEVEL_BINDING) ? ::TOPLEVEL_BINDING.dup : MAIN_BINDING.dup
    vars&.each { |v| b.local_variable_set(v, nil) }
    b
  end

  TAG = /(<%%|%%>|<%=|<%#|<%-|<%|-%>|%>|\n)/m

  def compile(str)
    percent = @trim_mode.include?("%")
    dash = @trim_mode.include?("-")
    gt = @trim_mode.include?(">") && !@trim_mode.include?("<>")
    ltgt = @trim_mode.include?("<>")
    out = +"#coding:#{@encoding}\n#{@eoutvar} = +''; "
    lines = str.split(/(?<=\n)/)
    lines = process_percent(lines, out) if percent
    text = lines.is_a?(Array) ? lines.join : lines
    compile_body(text, out, dash, gt, ltgt)
    out << "; #{@eoutvar}"
    out
  end

  # Lines starting with "%" become code ("%%" a literal "%"); the rest is returned as
  # template text, with code lines marked so compile_body emits them as they are.
  def process_percent(lines, out)
    @percent_code = {}
    result = +""
    lines.each do |line|
      if line.start_with?("%%")
        result << line[1..]
      elsif line.start_with?("%")
        key = "\u0000ERBPCT#{@percent_code.size}\u0000"
        @percent_code[key] = line[1..].chomp
        result << key
      else
        result << line
      end
    end
    result
  end

  def emit_text(out, text)
    return if text.empty?
    if @percent_code && !@percent_code.empty?
      parts = text.split(/(\u0000ERBPCT\d+\u0000)/)
      parts.each do |part|
        if (code = @percent_code[part])
          out << code << "\n"
        elsif !part.empty?
          out << "#{@eoutvar}.<< #{part.dump}.freeze; "
          out << "\n" * part.count("\n")
        end
      end
      return
    end
    out << "#{@eoutvar}.<< #{text.dump}.freeze; "
    out << "\n" * text.count("\n")
  end

  def compile_body(text, out, dash, gt, ltgt)
    pos = 0
    buf = +""
    while pos < text.size
      start = text.index(/<%/, pos)
      unless start
        buf << text[pos..]
        break
      end
      if text[start, 3] == "<%%"
        buf << text[pos...start] << "<%"
        pos = start + 3
        next
      end
      before = text[pos...start]
      kind = text[start + 2]
      body_start = start + 2
      trim_left = false
      if kind == "=" || kind == "#"
        body_start += 1
      elsif kind == "-" && dash
        body_start += 1
        trim_left = true
        kind = nil
      else
        kind = nil
      end
      stop = find_close(text, body_start)
      raise SyntaxError, "unterminated ERB tag" unless stop
      code = text[body_start...stop].gsub("%%>", "%>")
      close_dash = dash && text[stop - 1] == "-" && stop > body_start
      code = code[0...-1] if close_dash
      pos = stop + 2
      if trim_left
        before = before.sub(/^[ \t]*\z/, "")
      end
      line_start = (buf + before).empty? || (buf + before).end_with?("\n") || (before.empty? && buf.end_with?("\n"))
      buf << before
      trim_nl = false
      if close_dash || gt
        trim_nl = true
      elsif ltgt && line_start && text[pos] == "\n"
        trim_nl = true
      end
      if trim_nl && text[pos] == "\n"
        pos += 1
        trim_tail = "\n"
      elsif trim_nl && text[pos, 2] == "\r\n"
        pos += 2
        trim_tail = "\n"
      end
      emit_text(out, buf)
      buf = +""
      case kind
      when "="
        out << "#{@eoutvar}.<<((#{code}).to_s); "
      when "#"
        out << "\n" * code.count("\n")
      else
        out << code << "; "
      end
      out << "\n" if trim_tail
      trim_tail = nil
    end
    emit_text(out, buf)
  end

  def find_close(text, from)
    i = from
    while (j = text.index("%>", i))
      return j unless text[j - 1] == "%" && j > from
      i = j + 2
    end
    nil
  end

  module Util
    HTML_ESCAPE = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;", "'" => "&#39;" }.freeze

    def html_escape(s)
      s.to_s.gsub(/[&<>"']/, HTML_ESCAPE)
    end
    alias h html_escape
    module_function :h
    module_function :html_escape

    URL_SAFE = [*"a".."z", *"A".."Z", *"0".."9", "_", "-", ".", "~"].map(&:ord).freeze

    def url_encode(s)
      s.to_s.each_byte.map { |b| URL_SAFE.include?(b) ? b.chr : format("%%%02X", b) }.join
    end
    alias u url_encode
    module_function :u
    module_function :url_encode
  end

  module DefMethod
    def def_erb_method(method_name, fname)
      erb = ERB.new(File.read(fname))
      erb.def_method(self, method_name, fname)
    end
    module_function :def_erb_method
  end
end
