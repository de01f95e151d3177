# Huffman codes: a frequency table, a tree built with a sorted queue, an encode/decode round trip.
class HuffNode
  attr_reader :weight, :symbol, :left, :right, :order
  def initialize(weight, order, symbol: nil, left: nil, right: nil)
    @weight, @order, @symbol, @left, @right = weight, order, symbol, left, right
  end
  def leaf? = !symbol.nil?
end

def build_tree(text)
  freq = text.each_char.tally
  order = 0
  queue = freq.sort_by { |ch, n| [n, ch] }.map { |ch, n| HuffNode.new(n, order += 1, symbol: ch) }
  while queue.size > 1
    a = queue.shift
    b = queue.shift
    parent = HuffNode.new(a.weight + b.weight, order += 1, left: a, right: b)
    idx = queue.index { |n| ([n.weight, n.order] <=> [parent.weight, parent.order]) > 0 } || queue.size
    queue.insert(idx, parent)
  end
  [queue.first, freq]
end

def codes(node, prefix = "", table = {})
  if node.leaf?
    table[node.symbol] = prefix.empty? ? "0" : prefix
  else
    codes(node.left, prefix + "0", table)
    codes(node.right, prefix + "1", table)
  end
  table
end

def decode(bits, root)
  out = +""
  node = root
  bits.each_char do |b|
    node = b == "0" ? node.left : node.right unless root.leaf?
    if node.leaf?
      out << node.symbol
      node = root
    end
  end
  out
end

text = "this is an example of a huffman tree built in ruby"
root, freq = build_tree(text)
table = codes(root)
table.sort_by { |ch, code| [code.size, code] }.first(6).each { |ch, code| puts "#{ch.inspect} #{freq[ch]} #{code}" }
encoded = text.each_char.map { |c| table[c] }.join
p encoded.size, text.size * 8
p (100.0 * encoded.size / (text.size * 8)).round(1)
p decode(encoded, root) == text
p table.values.none? { |c| table.values.any? { |d| d != c && d.start_with?(c) } }
avg = table.sum { |ch, code| freq[ch] * code.size }.fdiv(text.size)
p avg.round(3)
single_root, = build_tree("aaaa")
p codes(single_root), decode("0000", single_root)
