# csv: reading and writing comma-separated values (RFC 4180 quoting, any column
# separator, "\n" or "\r\n" rows): CSV.parse / parse_line / generate / generate_line /
# read / foreach, headers (CSV::Row, CSV::Table), converters, String#parse_csv and
# Array#to_csv.
class CSV
  VERSION = "3.2.2"
  include Enumerable

  class MalformedCSVError < RuntimeError
    attr_reader :line_number
    alias lineno line_number

    def initialize(message, line_number)
      @line_number = line_number
      super("#{message} in line #{line_number}.")
    end
  end

  Converters = {
    integer: ->(f) { Integer(f.encode("UTF-8")) rescue f },
    float: ->(f) { Float(f.encode("UTF-8")) rescue f },
    numeric: [:integer, :float],
    date: lambda { |f|
      f.match?(/\A\s*\d{4}-\d\d-\d\d\s*\z/) && defined?(::Date) ? (::Date.parse(f) rescue f) : f
    },
    all: [:date_time, :numeric],
    date_time: ->(f) { f },
  }

  HeaderConverters = {
    downcase: ->(h) { h.downcase },
    symbol: lambda { |h|
      h.encode("UTF-8").downcase.gsub(/[^\s\w]+/, "").strip.gsub(/\s+/, "_").to_sym
    },
    symbol_raw: ->(h) { h.to_sym },
  }

  DEFAULT_OPTIONS = {
    col_sep: ",", row_sep: :auto, quote_char: '"', headers: false, converters: nil,
    header_converters: nil, skip_blanks: false, force_quotes: false, skip_lines: nil,
    liberal_parsing: false, return_headers: false, write_headers: nil, nil_value: nil,
    empty_value: "", strip: false, quote_empty: true, write_converters: nil,
    write_nil_value: nil, write_empty_value: ""
  }.freeze

  # One row read with headers: ordered (header, field) pairs.
  class Row
    include Enumerable

    def initialize(headers, fields, header_row = false)
      @header_row = header_row
      @row = headers.each_with_index.map { |h, i| [h, fields[i]] }
      fields.drop(headers.size).each { |f| @row << [nil, f] }
    end

    def header_row?
      @header_row
    end

    def field_row?
      !@header_row
    end

    def headers
      @row.map(&:first)
    end

    def fields(*headers_and_or_ranges)
      return @row.map(&:last) if headers_and_or_ranges.empty?
      headers_and_or_ranges.map { |h| field(h) }
    end
    alias values_at fields

    def field(header_or_index, minimum_index = 0)
      if header_or_index.is_a?(Integer)
        pair = @row[header_or_index]
        pair && pair[1]
      elsif header_or_index.is_a?(Range)
        @row[header_or_index].map(&:last)
      else
        pair = @row[minimum_index..].assoc(header_or_index)
        pair && pair[1]
      end
    end
    alias [] field

    def fetch(header, *varargs)
      raise ArgumentError, "Too many arguments" if varargs.size > 1
      pair = @row.assoc(header)
      return pair[1] if pair
      return yield(header) if block_given?
      return varargs.first unless varargs.empty?
      raise KeyError, "key not found: #{header}"
    end

    def []=(*args)
      value = args.pop
      key = args.first
      if key.is_a?(Integer)
        @row[key] ? @row[key][1] = value : @row[key] = [nil, value]
      elsif (pair = @row.assoc(key))
        pair[1] = value
      else
        @row << [key, value]
      end
    end

    def <<(arg)
      if arg.is_a?(Array) && arg.size == 2
        @row << arg
      elsif arg.is_a?(Hash)
        arg.each { |k, v| @row << [k, v] }
      else
        @row << [nil, arg]
      end
      self
    end

    def push(*args)
      args.each { |a| self << a }
      self
    end

    def delete(header_or_index)
      if header_or_index.is_a?(Integer)
        @row.delete_at(header_or_index)
      elsif (i = @row.index { |pair| pair[0] == header_or_index })
        @row.delete_at(i)
      else
        []
      end
    end

    def has_key?(header)
      !!@row.assoc(header)
    end
    alias include? has_key?
    alias key? has_key?
    alias member? has_key?
    alias header? has_key?

    def field?(data)
      fields.include?(data)
    end

    def index(header)
      @row.index { |pair| pair[0] == header }
    end

    def each(&block)
      return enum_for(:each) unless block
      @row.each(&block)
      self
    end
    alias each_pair each

    def size
      @row.size
    end
    alias length size

    def empty?
      @row.empty?
    end

    def to_h
      h = {}
      @row.each { |k, v| h[k] = v unless h.key?(k) }
      h
    end
    alias to_hash to_h

    def to_a
      @row.map(&:dup)
    end

    def dig(index_or_header, *indexes)
      value = field(index_or_header)
      indexes.empty? || value.nil? ? value : value.dig(*indexes)
    end

    def ==(other)
      return @row == other.row_pairs if other.is_a?(Row)
      @row == other
    end

    def to_csv(**options)
      fields.to_csv(**options)
    end
    alias to_s to_csv

    def inspect
      "#<CSV::Row " + @row.map { |h, f| "#{h.is_a?(Symbol) ? h.to_s : h.inspect}:#{f.inspect}" }.join(" ") + ">"
    end

    protected

    def row_pairs
      @row
    end
  end

  # The rows of a read with headers.
  class Table
    include Enumerable

    attr_reader :mode, :table
    protected :table

    def initialize(array_of_rows, headers: nil)
      @table = array_of_rows
      @headers = headers
      @mode = :col_or_row
    end

    def headers
      return @headers.dup if @table.empty? && @headers
      @table.empty? ? [] : @table.first.headers
    end

    def by_col
      self.class.new(@table.dup, headers: @headers).by_col!
    end

    def by_col!
      @mode = :col
      self
    end

    def by_row
      self.class.new(@table.dup, headers: @headers).by_row!
    end

    def by_row!
      @mode = :row
      self
    end

    def by_col_or_row!
      @mode = :col_or_row
      self
    end

    def [](index_or_header)
      if @mode == :row || (@mode == :col_or_row && (index_or_header.is_a?(Integer) || index_or_header.is_a?(Range)))
        @table[index_or_header]
      else
        @table.map { |row| row[index_or_header] }
      end
    end

    def values_at(*indices)
      @table.values_at(*indices)
    end

    def <<(row_or_array)
      @table << (row_or_array.is_a?(Array) ? Row.new(headers, row_or_array) : row_or_array)
      self
    end

    def push(*rows)
      rows.each { |r| self << r }
      self
    end

    def delete(*indexes_or_headers)
      results = indexes_or_headers.map do |key|
        if key.is_a?(Integer) && @mode != :col
          @table.delete_at(key)
        else
          @table.map { |row| row.delete(key).last }
        end
      end
      results.size == 1 ? results.first : results
    end

    def each(&block)
      return enum_for(:each) unless block
      if @mode == :col
        headers.each { |h| yield([h, self[h]]) }
      else
        @table.each(&block)
      end
      self
    end

    def size
      @table.size
    end
    alias length size

    def empty?
      @table.empty?
    end

    def ==(other)
      other.is_a?(Table) ? @table == other.table : @table == other
    end

    def to_a
      [headers] + @table.map(&:fields)
    end

    def to_csv(write_headers: true, **options)
      out = +""
      out << headers.to_csv(**options) if write_headers
      @table.each { |row| out << row.fields.to_csv(**options) unless row.header_row? }
      out
    end
    alias to_s to_csv

    def dig(index_or_header, *index_or_headers)
      value = self[index_or_header]
      index_or_headers.empty? || value.nil? ? value : value.dig(*index_or_headers)
    end

    def inspect
      "#<CSV::Table mode:#{@mode} row_count:#{to_a.size}>"
    end
  end

  # --- class methods -------------------------------------------------------------------

  class << self
    def parse(str, **options, &block)
      csv = new(str, **options)
      return csv.each(&block) && nil if block
      csv.read
    end

    def parse_line(line, **options)
      new(line, **options).shift
    end

    def generate(str = nil, **options)
      csv = new(str ? str.dup : +"", **options)
      yield csv
      csv.string
    end

    def generate_line(row, **options)
      new(+"", **options).tap { |csv| csv << row }.string
    end

    def generate_lines(rows, **options)
      csv = new(+"", **options)
      rows.each { |row| csv << row }
      csv.string
    end

    def read(path, **options)
      parse(File.read(path), **options)
    end
    alias readlines read

    def table(path, **options)
      read(path, headers: true, converters: :numeric, header_converters: :symbol, **options)
    end

    def foreach(path, mode = "r", **options, &block)
      return to_enum(:foreach, path, mode, **options) unless block
      parse(File.read(path), **options, &block)
    end

    def instance(data = $stdout, **options)
      new(data, **options)
    end
  end

  # --- an instance reads or writes a String (or an IO's contents) ---------------------

  attr_reader :col_sep, :quote_char, :headers, :lineno, :string

  def initialize(data = +"", **options)
    opts = DEFAULT_OPTIONS.merge(options)
    @io = data.is_a?(String) ? nil : data
    @string = data.is_a?(String) ? data : (data.respond_to?(:string) ? data.string : data.read)
    @col_sep = opts[:col_sep]
    @quote_char = opts[:quote_char]
    @row_sep = opts[:row_sep]
    @use_headers = opts[:headers]
    @converters = converter_list(opts[:converters], Converters)
    @header_converters = converter_list(opts[:header_converters], HeaderConverters)
    @skip_blanks = opts[:skip_blanks]
    @force_quotes = opts[:force_quotes]
    @return_headers = opts[:return_headers]
    @write_headers = opts[:write_headers]
    @nil_value = opts[:nil_value]
    @empty_value = opts[:empty_value]
    @strip = opts[:strip]
    @skip_lines = opts[:skip_lines]
    @skip_lines = Regexp.new(Regexp.escape(@skip_lines)) if @skip_lines.is_a?(String)
    @pos = 0
    @lineno = 0
    @headers = @use_headers.is_a?(Array) ? @use_headers.map { |h| convert_header(h) } : nil
    if @use_headers.is_a?(String)
      @headers = parse_fields(@use_headers.dup, true).map { |h| convert_header(h) }
    end
    @headers_written = false
  end

  def <<(row)
    if @write_headers && !@headers_written && @headers
      @headers_written = true
      append_line(@headers)
    end
    fields = case row
             when Row then row.fields
             when Hash then (@headers || row.keys).map { |h| row[h] }
             else row
             end
    append_line(fields)
    self
  end
  alias add_row <<
  alias puts <<

  def shift
    loop do
      fields = next_fields
      return nil if fields.nil?
      next if @skip_blanks && fields.empty?
      next if @skip_lines && @last_line && @skip_lines.match?(@last_line)
      if @use_headers
        if @headers.nil?
          @headers = fields.map { |h| convert_header(h) }
          next unless @return_headers
          return Row.new(@headers, fields, true)
        end
        next if fields.empty? && @skip_blanks
        return Row.new(@headers, convert_fields(fields))
      end
      return convert_fields(fields)
    end
  end
  alias gets shift
  alias readline shift

  def each(&block)
    return to_enum(:each) unless block
    while (row = shift)
      yield row
    end
    self
  end

  def read
    rows = []
    while (row = shift)
      rows << row
    end
    @use_headers ? Table.new(rows, headers: @headers || []) : rows
  end
  alias readlines read

  def header_row?
    @use_headers && @headers.nil?
  end

  def rewind
    @pos = 0
    @lineno = 0
  end

  def eof?
    @pos >= @string.size
  end
  alias eof eof?

  private

  def converter_list(spec, table)
    Array(spec).flat_map do |c|
      c = table[c] if c.is_a?(Symbol)
      c.is_a?(Array) ? converter_list(c, table) : [c]
    end.compact
  end

  def convert_header(h)
    return h unless h.is_a?(String)
    @header_converters.reduce(h) { |acc, c| acc.is_a?(String) ? c.call(acc) : acc }
  end

  def convert_fields(fields)
    return fields if @converters.empty?
    fields.each_with_index.map do |f, i|
      next f if f.nil?
      @converters.reduce(f) do |acc, c|
        break acc unless acc.is_a?(String)
        c.arity == 1 ? c.call(acc) : c.call(acc, nil)
      end
    end
  end

  def row_separator
    return @row_sep unless @row_sep == :auto
    @string.include?("\r\n") ? "\r\n" : "\n"
  end

  def append_line(fields)
    @string << fields.map { |f| quote(f) }.join(@col_sep) << (@row_sep == :auto ? "\n" : @row_sep)
  end

  def quote(field)
    return @force_quotes ? @quote_char * 2 : "" if field.nil?
    s = field.is_a?(String) ? field : field.to_s
    if @force_quotes || s.empty? || s.include?(@col_sep) || s.include?(@quote_char) ||
       s.include?("\n") || s.include?("\r")
      "#{@quote_char}#{s.gsub(@quote_char, @quote_char * 2)}#{@quote_char}"
    else
      s
    end
  end

  # The next row's fields as strings (nil for empty unquoted fields), or nil at the end.
  def next_fields
    return nil if @pos >= @string.size
    @lineno += 1
    start_line = @lineno
    fields = []
    field = nil
    quoted = false
    s = @string
    n = s.size
    q = @quote_char
    sep = @col_sep
    line_start = @pos
    loop do
      if @pos >= n
        fields << finish_field(field, quoted) unless fields.empty? && field.nil? && !quoted
        break
      end
      c = s[@pos]
      if c == q && field.nil? && !quoted
        quoted = true
        field = +""
        @pos += 1
        loop do
          raise MalformedCSVError.new("Unclosed quoted field", start_line) if @pos >= n
          d = s[@pos]
          if d == q
            if s[@pos + 1] == q
              field << q
              @pos += 2
            else
              @pos += 1
              break
            end
          else
            @lineno += 1 if d == "\n"
            field << d
            @pos += 1
          end
        end
        nxt = s[@pos]
        unless nxt.nil? || nxt == "\n" || nxt == "\r" || s[@pos, sep.size] == sep
          raise MalformedCSVError.new("Any value after quoted field isn't allowed", start_line)
        end
      elsif s[@pos, sep.size] == sep
        fields << finish_field(field, quoted)
        field = nil
        quoted = false
        @pos += sep.size
      elsif c == "\n" || c == "\r"
        @pos += 1
        @pos += 1 if c == "\r" && s[@pos] == "\n"
        fields << finish_field(field, quoted) unless fields.empty? && field.nil? && !quoted
        break
      else
        raise MalformedCSVError.new("Illegal quoting", start_line) if c == q
        (field ||= +"") << c
        @pos += 1
      end
    end
    @last_line = s[line_start...@pos]
    fields
  end

  def finish_field(field, quoted)
    return @nil_value if field.nil?
    field = field.strip if @strip && !quoted
    return @empty_value if field.empty? && quoted && @empty_value != ""
    field
  end

  def parse_fields(line, _headers)
    CSV.new(line, col_sep: @col_sep, quote_char: @quote_char).shift || []
  end
end

class Array
  def to_csv(**options)
    CSV.generate_line(self, **options)
  end
end

class String
  def parse_csv(**options)
    CSV.parse_line(self, **options)
  end
end

def CSV(*args, **options, &block)
  CSV.instance(*args, **options, &block)
end
