# Word statistics over a text read from DATA: frequencies, bigrams, a histogram.
text = DATA.read
words = text.downcase.scan(/[a-z']+/)
p words.size
p words.uniq.size
freq = words.tally
top = freq.sort_by { |w, c| [-c, w] }.first(8)
width = top.map { |w, _| w.size }.max
top.each { |w, c| puts "#{w.ljust(width)} #{c.to_s.rjust(3)} #{'*' * c}" }
stop = %w[the a of and to in is it that]
content = freq.reject { |w, _| stop.include?(w) }
p content.max_by { |w, c| [c, w] }
bigrams = words.each_cons(2).map { |a, b| "#{a} #{b}" }.tally
p bigrams.select { |_, c| c > 1 }.sort_by { |b, c| [-c, b] }.first(3)
by_len = words.group_by(&:size).transform_values(&:size).sort.to_h
p by_len
longest = words.max_by { |w| [w.size, w] }
p longest
sentences = text.split(/(?<=[.!?])\s+/).map(&:strip).reject(&:empty?)
p sentences.size
p sentences.map { |s| s.split.size }
caps = text.scan(/\b[A-Z][a-z]+/).uniq
p caps
letters = text.downcase.delete("^a-z").chars.tally.sort_by { |l, c| [-c, l] }.first(5)
p letters
vowels = text.count("aeiouAEIOU")
p vowels
p text.lines.map { |l| l.chomp.size }.max
__END__
The quick brown fox jumps over the lazy dog. The dog sleeps in the sun!
A persistent object lives in the repository, and the repository is shared.
Every VM sees the objects that were committed before it started. Is it magic?
No: it is a transaction, and the transaction is the point of the design.
