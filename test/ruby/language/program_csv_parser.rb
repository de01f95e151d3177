# A CSV parser (quoted fields, escaped quotes, embedded commas and newlines), a writer,
# and a small report over the parsed rows.
module MiniCSV
  class MalformedError < StandardError; end

  def self.parse(text, headers: false)
    rows = []
    row = []
    field = +""
    state = :start
    i = 0
    line = 1
    while i < text.size
      c = text[i]
      case state
      when :start, :unquoted
        if c == '"' && state == :start
          state = :quoted
        elsif c == ","
          row << field
          field = +""
          state = :start
        elsif c == "\n"
          row << field
          rows << row
          row = []
          field = +""
          state = :start
          line += 1
        else
          field << c
          state = :unquoted
        end
      when :quoted
        if c == '"'
          if text[i + 1] == '"'
            field << '"'
            i += 1
          else
            state = :after_quote
          end
        else
          line += 1 if c == "\n"
          field << c
        end
      when :after_quote
        case c
        when "," then row << field; field = +""; state = :start
        when "\n" then row << field; rows << row; row = []; field = +""; state = :start; line += 1
        else raise MalformedError, "unexpected #{c.inspect} after closing quote on line #{line}"
        end
      end
      i += 1
    end
    raise MalformedError, "unclosed quote on line #{line}" if state == :quoted
    unless field.empty? && row.empty? && state == :start
      row << field
      rows << row
    end
    return rows unless headers
    keys = rows.shift.map(&:to_sym)
    rows.map { |r| keys.zip(r).to_h }
  end

  def self.generate(rows)
    rows.map do |r|
      r.map do |f|
        s = f.to_s
        s.match?(/[",\n]/) ? '"' + s.gsub('"', '""') + '"' : s
      end.join(",")
    end.join("\n") + "\n"
  end
end

data = <<~CSV
  name,city,amount,note
  Ann,Paris,12.50,"likes ""quotes"""
  Bob,"New York, NY",7,
  "Cy
  Jr.",Oslo,100.25,"multi
  line"
  Di,Paris,3,plain
CSV
rows = MiniCSV.parse(data, headers: true)
p rows.size
rows.each { |r| p r }
by_city = rows.group_by { |r| r[:city] }.transform_values { |rs| rs.sum { |r| r[:amount].to_f } }
by_city.sort.each { |city, total| puts format("%-14s %8.2f", city, total) }
raw = MiniCSV.parse(data)
again = MiniCSV.parse(MiniCSV.generate(raw))
p again == raw
puts MiniCSV.generate([["a", "b,c", 'say "hi"'], [1, nil, "x\ny"]])
p MiniCSV.parse("a,b\n\n1,2"), MiniCSV.parse(""), MiniCSV.parse("x"), MiniCSV.parse("a,\n")
['"open', '"a"b,c'].each do |bad|
  MiniCSV.parse(bad)
rescue MiniCSV::MalformedError => e
  puts "#{e.class}: #{e.message}"
end
