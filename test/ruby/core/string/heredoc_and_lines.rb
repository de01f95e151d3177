text = <<~TEXT
  first line
  second line

  fourth after blank
TEXT
p text.lines.size
p text.lines.map(&:chomp).reject(&:empty?)
text.each_line.with_index(1) { |l, i| puts "#{i}: #{l}" }
p text.count("\n")
words = text.split
p words.size
p words.map(&:length).max
p text.upcase.lines.first
freq = Hash.new(0)
text.scan(/\w+/) { |w| freq[w] += 1 }
p freq.sort_by { |w, c| [-c, w] }.first(3)
p text.each_line.map(&:strip).join(" | ")
p "a\r\nb\r\n".lines.map(&:chomp)
p "no newline".lines
p "x\n\ny".split("\n")
p "x\n\ny".lines
