# Word frequency over ~6 MB of generated text: split, downcase, delete, Hash tally,
# scan with a Regexp, tally, sort_by, lines, and length/index on long strings.
words = %w[the quick brown fox jumps over lazy dog Lorem ipsum dolor sit amet consectetur
           adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua
           enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea]
seed = 12345
lines = []
size = 0
while size < 6_000_000
  n = 8 + seed % 9
  line = Array.new(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; words[seed % words.size] }.join(" ")
  line << (seed.odd? ? ". " : ", ")
  lines << line
  size += line.size + 1
end
text = lines.join("\n")

counts = Hash.new(0)
text.split.each { |w| counts[w.downcase.delete(".,")] += 1 }
top = counts.sort_by { |w, c| [-c, w] }.first(5)
tally = text.downcase.scan(/[a-z]+/).tally
long_lines = 0
text.each_line { |l| long_lines += 1 if l.size > 90 }
pos = 0
hits = 0
while (pos = text.index("lazy dog", pos))
  hits += 1
  pos += 8
end
puts top.map { |w, c| "#{w}=#{c}" }.join(" ")
puts tally.size, tally.values.sum, long_lines, hits, text.size
