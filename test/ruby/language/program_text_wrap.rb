# Text layout: greedy word wrap, full justification, centered titles and a boxed layout.
TEXT = "Persistence by reachability means that any object reachable from a persistent " \
       "root is written at commit; everything else stays in the memory of one virtual " \
       "machine and disappears when it exits."

def wrap(text, width)
  lines = [[]]
  text.split.each do |word|
    line = lines.last
    len = line.sum(&:size) + line.size + word.size
    if line.empty? || len <= width
      line << word
    else
      lines << [word]
    end
  end
  lines.map { |ws| ws.join(" ") }
end

def justify(line, width)
  words = line.split
  return line if words.size == 1
  gaps = words.size - 1
  spaces = width - words.sum(&:size)
  base, extra = spaces.divmod(gaps)
  words.each_with_index.map { |w, i| i < gaps ? w + " " * (base + (i < extra ? 1 : 0)) : w }.join
end

def box(lines, title)
  width = [lines.map(&:size).max, title.size + 2].max
  top = "+" + "-" * (width + 2) + "+"
  out = [top, "| " + title.center(width) + " |", top]
  lines.each { |l| out << "| " + l.ljust(width) + " |" }
  out << top
end

[20, 32].each do |w|
  puts "width #{w}:"
  wrapped = wrap(TEXT, w)
  wrapped.each { |l| puts "[#{l.ljust(w)}]" }
  puts "justified:"
  wrapped[0...-1].each { |l| puts "[#{justify(l, w)}]" }
  puts "[#{wrapped.last.ljust(w)}]"
end
puts box(wrap(TEXT, 28), "Reachability")
p wrap("supercalifragilistic word", 10)
p wrap("", 10), justify("single", 10), justify("a b c", 9)
