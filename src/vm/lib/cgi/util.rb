# cgi/util: CGI::Util (cgi 0.3.5), the escaping helpers CGI extends itself with:
# URL forms (escape/unescape, escapeURIComponent), HTML (escapeHTML/unescapeHTML,
# escapeElement), rfc1123_date and pretty.
class CGI
  @@accept_charset = "UTF-8" unless defined?(@@accept_charset)

  def self.accept_charset
    @@accept_charset
  end

  def self.accept_charset=(charset)
    @@accept_charset = charset
  end

  module Util; end
  include Util
  extend Util
end

module CGI::Util
  @@accept_charset = Encoding::UTF_8 unless defined?(@@accept_charset)
  TABLE_FOR_ESCAPE_HTML__ = { "&" => "&amp;", '"' => "&quot;", "<" => "&lt;", ">" => "&gt;", "'" => "&#39;" }.freeze
  NAMED_ENTITIES = { "amp" => "&", "quot" => '"', "gt" => ">", "lt" => "<", "apos" => "'" }.freeze

  # Percent-encodes every byte outside [a-zA-Z0-9_.-~]; a space becomes "+".
  def escape(string)
    url_escape(string, /[^ a-zA-Z0-9_.\-~]+/n).tr(" ", "+")
  end

  # Decodes %XX and "+" (a space) into the given encoding.
  def unescape(string, encoding = @@accept_charset)
    url_unescape(string.tr("+", " "), encoding)
  end

  # As escape, but a space becomes %20.
  def escapeURIComponent(string)
    url_escape(string, /[^a-zA-Z0-9_.\-~]+/n)
  end
  alias escape_uri_component escapeURIComponent

  def unescapeURIComponent(string, encoding = @@accept_charset)
    url_unescape(string, encoding)
  end
  alias unescape_uri_component unescapeURIComponent

  def escapeHTML(string)
    String.new(string).gsub(/[&"<>']/, TABLE_FOR_ESCAPE_HTML__)
  end
  alias escape_html escapeHTML
  alias h escapeHTML

  # Decodes &amp; &quot; &gt; &lt; &apos; and numeric references (&#65; &#x41;);
  # others, and code points the string's encoding cannot hold, stay as they are.
  def unescapeHTML(string)
    string = string.to_s
    enc = string.encoding
    string.gsub(/&(amp|quot|gt|lt|apos|#[0-9]+|#[xX][0-9A-Fa-f]+);/) do
      ref = $1
      if NAMED_ENTITIES.key?(ref)
        NAMED_ENTITIES[ref]
      else
        code = ref[1] =~ /x/i ? ref[2..].to_i(16) : ref[1..].to_i
        char_for(code, enc) || "&#{ref};"
      end
    end
  end
  alias unescape_html unescapeHTML

  # Escapes only the given elements (e.g. "A", "IMG"), start and end tags.
  def escapeElement(string, *elements)
    elements = elements[0] if elements[0].is_a?(Array)
    return string if elements.empty?
    string.gsub(/<\/?(?:#{elements.join("|")})(?!\w)(?:.)*?>/im) { |tag| escapeHTML(tag) }
  end
  alias escape_element escapeElement

  def unescapeElement(string, *elements)
    elements = elements[0] if elements[0].is_a?(Array)
    return string if elements.empty?
    string.gsub(/&lt;\/?(?:#{elements.join("|")})(?!\w)(?:.)*?&gt;/im) { |tag| unescapeHTML(tag) }
  end
  alias unescape_element unescapeElement

  RFC822_DAYS = %w[Sun Mon Tue Wed Thu Fri Sat].freeze
  RFC822_MONTHS = %w[Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec].freeze

  def rfc1123_date(time)
    t = time.clone.gmtime
    format("%s, %.2d %s %.4d %.2d:%.2d:%.2d GMT", RFC822_DAYS[t.wday], t.day, RFC822_MONTHS[t.month - 1],
           t.year, t.hour, t.min, t.sec)
  end

  # Lays HTML out one tag a line, the content of an element that has an end tag
  # indented by +shift+ more than the element.
  def pretty(string, shift = "  ")
    tokens = string.scan(/<.*?>|[^<]+/m)
    closed = matched_starts(tokens)
    depth = 0
    out = +""
    tokens.each_with_index do |token, i|
      depth -= 1 if token.start_with?("</")
      out << shift * depth << token << "\n"
      depth += 1 if closed[i]
    end
    out
  end

  private

  # Percent-encodes the bytes +pattern+ matches, in the string's own encoding.
  def url_escape(string, pattern)
    string = String.new(string)
    escaped = string.b.gsub(pattern) { |m| m.unpack1("H*").upcase.gsub(/../, "%\\0") }
    escaped.force_encoding(string.encoding)
  end

  # The indexes of start tags whose end tag follows (those that indent what they hold).
  def matched_starts(tokens)
    closed = {}
    open = []
    tokens.each_with_index do |token, i|
      next unless token =~ %r{\A<(/)?(\w+)}
      if $1
        name = $2.downcase
        at = open.rindex { |_, n| n == name }
        next unless at
        closed[open[at][0]] = true
        open.slice!(at..)
      else
        open << [i, $2.downcase]
      end
    end
    closed
  end

  def url_unescape(string, encoding)
    bytes = string.b.gsub(/((?:%[0-9a-fA-F]{2})+)/) { [$1.delete("%")].pack("H*") }
    bytes.force_encoding(encoding)
  end

  def char_for(code, enc)
    case enc
    when Encoding::UTF_8 then code <= 0x10FFFF ? [code].pack("U") : nil
    when Encoding::ISO_8859_1 then code < 256 ? [code].pack("C").force_encoding(enc) : nil
    else code < 128 ? [code].pack("C").force_encoding(enc) : nil
    end
  end
end
