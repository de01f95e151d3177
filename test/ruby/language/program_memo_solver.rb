# Memoized recursive solvers: coin change, edit distance, LCS, partitions, knapsack.
class Memo
  def initialize = (@cache = {}; @hits = 0; @misses = 0)
  attr_reader :hits, :misses
  def fetch(key)
    if @cache.key?(key)
      @hits += 1
      @cache[key]
    else
      @misses += 1
      @cache[key] = yield
    end
  end
end

def coin_ways(coins, amount, memo = Memo.new, i = 0)
  return 1 if amount == 0
  return 0 if amount < 0 || i == coins.size
  memo.fetch([amount, i]) { coin_ways(coins, amount - coins[i], memo, i) + coin_ways(coins, amount, memo, i + 1) }
end

def min_coins(coins, amount, memo = {})
  return 0 if amount == 0
  return nil if amount < 0
  memo.fetch(amount) do
    best = coins.filter_map { |c| (r = min_coins(coins, amount - c, memo)) && r + 1 }.min
    memo[amount] = best
  end
end

def edit_distance(a, b)
  memo = Hash.new do |h, (i, j)|
    h[[i, j]] =
      if i == 0 then j
      elsif j == 0 then i
      elsif a[i - 1] == b[j - 1] then h[[i - 1, j - 1]]
      else 1 + [h[[i - 1, j]], h[[i, j - 1]], h[[i - 1, j - 1]]].min
      end
  end
  memo[[a.size, b.size]]
end

def lcs(a, b)
  table = Array.new(a.size + 1) { Array.new(b.size + 1, 0) }
  a.each_char.with_index(1) do |ca, i|
    b.each_char.with_index(1) do |cb, j|
      table[i][j] = ca == cb ? table[i - 1][j - 1] + 1 : [table[i - 1][j], table[i][j - 1]].max
    end
  end
  out = +""
  i, j = a.size, b.size
  while i > 0 && j > 0
    if a[i - 1] == b[j - 1]
      out.prepend(a[i - 1])
      i -= 1
      j -= 1
    elsif table[i - 1][j] >= table[i][j - 1]
      i -= 1
    else
      j -= 1
    end
  end
  out
end

PARTITIONS = Hash.new do |h, (n, k)|
  h[[n, k]] = if n == 0 then 1
              elsif n < 0 || k == 0 then 0
              else h[[n - k, k]] + h[[n, k - 1]]
              end
end
def partitions(n) = PARTITIONS[[n, n]]

def knapsack(items, cap)
  memo = {}
  solve = lambda do |i, c|
    return [0, []] if i == items.size
    memo[[i, c]] ||= begin
      name, w, v = items[i]
      skip = solve.(i + 1, c)
      if w <= c
        val, chosen = solve.(i + 1, c - w)
        take = [val + v, [name] + chosen]
        take[0] > skip[0] ? take : skip
      else
        skip
      end
    end
  end
  solve.(0, cap)
end

memo = Memo.new
p coin_ways([1, 2, 5, 10, 25, 50], 300, memo)
p memo.hits > memo.misses
p min_coins([1, 5, 10, 25], 63), min_coins([5, 10], 3), min_coins([7, 3], 100)
p edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn")
p lcs("AGGTAB", "GXTXAYB"), lcs("persistent", "transient")
p (1..10).map { |n| partitions(n) }, partitions(100)
items = [["map", 9, 150], ["compass", 13, 35], ["water", 153, 200], ["sandwich", 50, 160],
         ["glucose", 15, 60], ["tin", 68, 45], ["banana", 27, 60], ["apple", 39, 40]]
value, chosen = knapsack(items, 200)
p value, chosen.sort
fib = Hash.new { |h, n| h[n] = n < 2 ? n : h[n - 1] + h[n - 2] }
p fib[150]
