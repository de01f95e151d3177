# yaml/emitter: YAML.dump's writer: Ruby data to block-style YAML text laid out as
# Psych 4 with libyaml does it: scalar styles chosen by Psych's rules (literal blocks
# for multi-line strings, double quotes for strings starting with a non-word
# character and for "y"/"n", single quotes for strings that would load as something
# else) and libyaml's (plain unless indicators, spaces or breaks forbid it; escapes in
# double quotes), plain and quoted lines folded past column 80, anchors &1/*1 for
# repeated Arrays and Hashes, and the !ruby/... tags of objects, structs, ranges, sets.
module Psych
  class Emitter
    # The name of an object's field (instance variable, struct member): written in
    # libyaml's own style, not by the String rules.
    FieldName = Struct.new(:name)
    WIDTH = 80
    SPECIAL = /[\x00-\x09\x0b-\x1f\x7f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/
    ESCAPES = {"\0" => "\\0", "\a" => "\\a", "\b" => "\\b", "\t" => "\\t", "\n" => "\\n",
               "\v" => "\\v", "\f" => "\\f", "\r" => "\\r", "\e" => "\\e", "\"" => "\\\"",
               "\\" => "\\\\", "\u0085" => "\\N", "\u2028" => "\\L",
               "\u2029" => "\\P"}.freeze

    def initialize(line_width: WIDTH, **_opts)
      @width = line_width.to_i <= 0 ? WIDTH : line_width
      @anchors = {}
      @out = +""
    end

    def document(obj)
      find_repeats(obj, {})
      @out << "---"
      node(obj, 0, :document)
      @out
    end

    private

    # Numbers the Arrays and Hashes met twice, in the order the repeats are found.
    def find_repeats(obj, seen)
      return unless obj.is_a?(Array) || obj.is_a?(Hash)
      if seen.key?(obj.object_id)
        @anchors[obj.object_id] ||= @anchors.size + 1
        return
      end
      seen[obj.object_id] = true
      obj.is_a?(Array) ? obj.each { |e| find_repeats(e, seen) } : obj.each { |k, v| find_repeats(k, seen); find_repeats(v, seen) }
    end

    # Writes obj after what is already on the line (a "---", "- " or "key:"), its
    # block content indented by `indent`; `at` tells where it stands.
    def node(obj, indent, at)
      id = obj.object_id
      if (n = @anchors[id])
        if @written&.key?(id)
          return @out << (at == :item ? "*#{n}\n" : " *#{n}\n")
        end
        (@written ||= {})[id] = true
        anchor = "&#{n}"
      end
      case obj
      when Array then sequence(obj, indent, at, anchor)
      when Hash then mapping(obj, indent, at, anchor)
      when Struct then tagged("!ruby/struct:#{obj.class.name}", obj.members.map(&:to_s).zip(obj.to_a), indent, at)
      when Range then tagged("!ruby/range", [["begin", obj.begin], ["end", obj.end], ["excl", obj.exclude_end?]], indent, at)
      when Rational then tagged("!ruby/object:Rational", [["denominator", obj.denominator], ["numerator", obj.numerator]], indent, at)
      when Complex then tagged("!ruby/object:Complex", [["real", obj.real], ["image", obj.imaginary]], indent, at)
      when Exception then tagged("!ruby/exception:#{obj.class.name}", [["message", obj.message]] + ivar_pairs(obj), indent, at)
      when String, Symbol, Integer, Float, NilClass, TrueClass, FalseClass, Time
        scalar_node(obj, indent, at)
      else
        if Object.const_defined?(:Set) && obj.is_a?(::Set)
          tagged("!ruby/object:Set", [["hash", obj.to_h { |e| [e, true] }]], indent, at)
        elsif Object.const_defined?(:Date) && obj.is_a?(::Date)
          scalar_node(obj, indent, at)
        else
          tagged("!ruby/object:#{obj.class.name}", ivar_pairs(obj), indent, at)
        end
      end
    end

    def ivar_pairs(obj)
      obj.instance_variables.map { |iv| [iv.to_s.delete_prefix("@"), obj.instance_variable_get(iv)] }
    end

    # An empty collection stays on its line: " []", " &1 {}" ("[]" right after "- ").
    def empty_collection(text, at, anchor)
      @out << (at == :item ? "" : " ") << (anchor ? "#{anchor} " : "") << text << "\n"
    end

    def sequence(arr, indent, at, anchor)
      return empty_collection("[]", at, anchor) if arr.empty?
      # A sequence in a mapping stays at the mapping's indentation; one that is an
      # item of another starts on the item's line.
      inner = at == :value ? indent - 2 : indent
      inline = at == :item && !anchor
      @out << (anchor ? " #{anchor}" : "") << "\n" unless inline
      arr.each_with_index do |e, i|
        @out << " " * inner unless inline && i.zero?
        @out << "-"
        item(e, inner)
      end
      @out
    end

    # One element after its "-": a non-empty collection continues on the dash's line.
    def item(e, indent)
      if (e.is_a?(Array) || e.is_a?(Hash)) && !e.empty? && !@anchors[e.object_id]
        @out << " "
        node(e, indent + 2, :item)
      else
        node(e, indent + 2, :seq_scalar)
      end
    end

    def mapping(hash, indent, at, anchor)
      return empty_collection("{}", at, anchor) if hash.empty?
      pairs(hash.to_a, indent, at, anchor)
    end

    def tagged(tag, pairs, indent, at)
      @out << (at == :item ? "" : " ") << tag
      return @out << " {}\n" if pairs.empty?
      pairs(pairs.map { |k, v| [FieldName.new(k), v] }, at == :document ? 0 : indent, :tagged, nil)
    end

    def pairs(list, indent, at, anchor)
      inline = at == :item && !anchor
      @out << " #{anchor}" if anchor
      @out << "\n" unless inline
      first = true
      list.each do |k, v|
        @out << " " * indent unless inline && first
        first = false
        key(k, indent)
        @out << ":"
        node(v, indent + 2, :value)
      end
      @out
    end

    def key(k, indent)
      case k
      when Array, Hash
        @out << "? "
        node(k, indent + 2, :item)
        @out << " " * indent
      when nil
        @out << "! ''"
      when FieldName
        @out << any_style(k.name, indent)
      else
        @out << scalar_text(k, indent, true)
      end
    end

    # A scalar after "---", "-" or "key:": a space, then the text (nothing for nil).
    def scalar_node(obj, indent, at)
      text = scalar_text(obj, at == :document ? 2 : indent, false)
      @out << " " unless text.empty? || (at == :document && text.empty?)
      @out << text
      @out << "\n" unless text.end_with?("\n")
      @out
    end

    def scalar_text(obj, indent, as_key)
      case obj
      when nil then ""
      when true, false, Integer then obj.to_s
      when Float
        obj.nan? ? ".nan" : obj.infinite? ? (obj > 0 ? ".inf" : "-.inf") : obj.to_s
      when Symbol
        obj.empty? ? "!ruby/symbol ''" : any_style(":#{obj}", indent)
      when Time then time_text(obj)
      when String then string_text(obj, indent, as_key)
      else obj.to_s
      end
    end

    def time_text(t)
      if t.utc?
        t.strftime("%Y-%m-%d %H:%M:%S.%N Z")
      else
        t.strftime("%Y-%m-%d %H:%M:%S.%N %:z")
      end
    end

    def string_text(s, indent, as_key)
      if s.encoding == Encoding::BINARY && !s.ascii_only?
        return "!binary |-\n" + [s].pack("m0").scan(/.{1,60}/).map { |l| "#{' ' * indent}#{l}\n" }.join
      end
      if s.match?(/\n(?!\Z)/) && !as_key && !s.match?(SPECIAL) && !s.match?(/ \n/)
        literal(s, indent)
      elsif s == "<<"
        "!!str '<<'"
      elsif s == "y" || s == "n"
        double(s, indent)
      elsif s.match?(/\A[^[:word:]][^"]*\z/)
        double(s, indent)
      elsif !ScalarScanner.plain_string?(s) || s.match?(/\A0[0-7]*[89]/)
        single_or_double(s, indent)
      else
        any_style(s, indent)
      end
    end

    # libyaml's choice for a scalar with no requested style.
    def any_style(s, indent)
      return fold(s, indent) if plain_allowed?(s)
      single_or_double(s, indent)
    end

    def single_or_double(s, indent)
      if s.match?(SPECIAL) || s.match?(/\n\n+\z/) || s.match?(/ \n|\n /)
        double(s, indent)
      else
        single(s, indent)
      end
    end

    def plain_allowed?(s)
      return false if s.empty? || s.start_with?("---", "...")
      return false if s.match?(/\A[-?:,\[\]{}#&*!|>'"%@`]/) && !s.match?(/\A[-?:][^\s]/)
      return false if s.match?(/: |:\z| #|\A\s|\s\z|\n/) || s.match?(SPECIAL)
      true
    end

    # Text after what the line holds so far, broken at single spaces once past the line
    # width (the next line indented by `indent`), as libyaml folds plain and quoted
    # scalars.
    def fold(text, indent)
      column = current_column
      words = text.split(/ /, -1)
      out = +words.first
      column += out.size
      words.drop(1).each_with_index do |w, i|
        if column > @width && !w.empty? && !words[i].empty?
          out << "\n" << " " * indent
          column = indent
        else
          out << " "
          column += 1
        end
        out << w
        column += w.size
      end
      out
    end

    # The 1-based column the next character goes to. Looks at the last 512 bytes when
    # they hold a line break (maglev's String#size, rindex and byteslice(range) cost
    # the whole document's length).
    def current_column
      from = [@out.bytesize - 512, 0].max
      tail = @out.byteslice(from, @out.bytesize - from)
      stop = tail.rindex("\n")
      return tail.size - stop if stop
      return tail.size + 1 if from.zero?
      @out.size - (@out.rindex("\n") || -1)
    end

    def single(s, indent)
      body = s.gsub("'", "''")
      return fold("'#{body}'", indent) unless body.include?("\n")
      "'" + body.split("\n", -1).join("\n\n#{' ' * indent}") + "'"
    end

    def double(s, indent)
      body = s.each_char.map do |c|
        if (e = ESCAPES[c]) then e
        elsif c.match?(SPECIAL)
          cp = c.ord
          cp <= 0xff ? format("\\x%02X", cp) : cp <= 0xffff ? format("\\u%04X", cp) : format("\\U%08X", cp)
        else c
        end
      end.join
      fold("\"#{body}\"", indent)
    end

    def literal(s, indent)
      chomp = s.end_with?("\n\n") || s == "\n" ? "+" : s.end_with?("\n") ? "" : "-"
      hint = s.start_with?(" ", "\n") ? "2" : ""
      body = s.end_with?("\n") ? s.chomp : s
      body = body.sub(/\n+\z/) { |m| m } if chomp == "+"
      lines = (chomp == "+" ? s.delete_suffix("\n") : body).split("\n", -1)
      "|#{hint}#{chomp}\n" + lines.map { |l| l.empty? ? "\n" : "#{' ' * indent}#{l}\n" }.join
    end
  end
end
