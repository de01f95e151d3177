# Encoding: the encodings maglev knows (their objects, constants, names and aliases,
# find and compatible? are made in core/encoding.cc), the defaults, and the encoding
# error classes with what they tell about the failed conversion.
class Encoding
  class CompatibilityError < EncodingError; end

  # Marshal: an Encoding travels as its name (enc_dump / enc_load).
  def _dump(_limit = -1) = name
  def self._load(name) = find(name)
  class ConverterNotFoundError < EncodingError; end

  # What String#encode (core/transcode.cc) records on a conversion error.
  module ConversionErrorInfo
    attr_reader :source_encoding_name, :destination_encoding_name

    def source_encoding = Encoding.find(@source_encoding_name)
    def destination_encoding = Encoding.find(@destination_encoding_name)
  end

  class UndefinedConversionError < EncodingError
    include ConversionErrorInfo
    attr_reader :error_char
  end

  class InvalidByteSequenceError < EncodingError
    include ConversionErrorInfo
    attr_reader :error_bytes, :readagain_bytes

    def incomplete_input? = @incomplete
  end

  def to_s = @name
  def name = @name
  def inspect = "#<Encoding:#{@name}>"
  def ascii_compatible? = !@name.start_with?("UTF-16", "UTF-32")
  def dummy? = false
  def replicate(name) = raise(NotImplementedError, "Encoding#replicate is not supported")

  LIST = [ASCII_8BIT, UTF_8, US_ASCII, UTF_16BE, UTF_16LE, UTF_32BE, UTF_32LE, ISO_8859_1, Windows_1252].freeze
  def self.list = LIST.dup
  def self.name_list = LIST.map(&:name) + aliases.keys

  @default_external = UTF_8
  @default_internal = nil
  class << self
    attr_reader :default_external, :default_internal

    def default_external=(e)
      raise ArgumentError, "default external can not be nil" if e.nil?
      @default_external = find(e)
    end

    def default_internal=(e)
      @default_internal = e.nil? ? nil : find(e)
    end
  end
end
