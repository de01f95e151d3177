# A line diff based on the longest common subsequence, printed in unified-like form.
def lcs_table(a, b)
  t = Array.new(a.size + 1) { Array.new(b.size + 1, 0) }
  (a.size - 1).downto(0) do |i|
    (b.size - 1).downto(0) do |j|
      t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : [t[i + 1][j], t[i][j + 1]].max
    end
  end
  t
end

def diff(a, b)
  t = lcs_table(a, b)
  i = j = 0
  ops = []
  while i < a.size && j < b.size
    if a[i] == b[j]
      ops << [:same, a[i]]
      i += 1
      j += 1
    elsif t[i + 1][j] >= t[i][j + 1]
      ops << [:del, a[i]]
      i += 1
    else
      ops << [:add, b[j]]
      j += 1
    end
  end
  a[i..].each { |l| ops << [:del, l] }
  b[j..].each { |l| ops << [:add, l] }
  ops
end

old = <<~A.lines(chomp: true)
  def greet(name)
    puts "Hello, " + name
  end

  greet("world")
  greet("ruby")
A
new = <<~'B'.lines(chomp: true)
  # greeting helper
  def greet(name, punct = "!")
    puts "Hello, #{name}#{punct}"
  end

  greet("world")
  greet("maglev", "?")
B
ops = diff(old, new)
ops.each { |op, line| puts({ same: " ", del: "-", add: "+" }[op] + line) }
stats = ops.map(&:first).tally
p stats
p lcs_table(old, new)[0][0]
p diff(%w[a b c], %w[a b c]).all? { |op, _| op == :same }, diff([], %w[x]), diff(%w[x], [])
p diff("kitten".chars, "sitting".chars).reject { |op, _| op == :same }
