# Encoding: the few encodings maglev knows (UTF-8, ASCII-8BIT alias BINARY,
# US-ASCII; the objects are made in core/string.cc), lookup by name, and the
# encoding error classes.
class Encoding
  class CompatibilityError < EncodingError; end
  class UndefinedConversionError < EncodingError; end
  class InvalidByteSequenceError < EncodingError; end
  class ConverterNotFoundError < EncodingError; end

  def to_s = @name
  def name = @name
  def inspect = "#<Encoding:#{@name}>"
  def names = @name == "ASCII-8BIT" ? ["ASCII-8BIT", "BINARY"] : [@name]
  def ascii_compatible? = true
  def dummy? = false

  def self.list = [UTF_8, ASCII_8BIT, US_ASCII]
  def self.name_list = list.flat_map(&:names)
  def self.default_external = UTF_8
  def self.default_internal = nil
  def self.default_external=(e); end
  def self.default_internal=(e); end

  def self.find(name)
    return name if name.is_a?(Encoding)
    n = name.to_str.upcase
    case n
    when "UTF-8", "UTF8", "CP65001", "LOCALE", "EXTERNAL", "FILESYSTEM" then UTF_8
    when "ASCII-8BIT", "BINARY" then ASCII_8BIT
    when "US-ASCII", "ASCII", "ANSI_X3.4-1968", "646" then US_ASCII
    else raise ArgumentError, "unknown encoding name - #{name}"
    end
  end

  def self.compatible?(a, b)
    ea = a.is_a?(Encoding) ? a : a.encoding
    eb = b.is_a?(Encoding) ? b : b.encoding
    return ea if ea == eb
    return ea if b.is_a?(String) && b.ascii_only?
    return eb if a.is_a?(String) && a.ascii_only?
    nil
  end
end
