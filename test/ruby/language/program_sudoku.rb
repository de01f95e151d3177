# A backtracking sudoku solver with constraint sets and a most-constrained-cell heuristic.
class Sudoku
  DIGITS = (1..9).to_a.freeze
  attr_reader :steps

  def initialize(text)
    @grid = text.delete("^0-9.").chars.map { |c| c == "." ? 0 : c.to_i }
    raise ArgumentError, "need 81 cells, got #{@grid.size}" unless @grid.size == 81
    @steps = 0
  end

  def candidates(i)
    r, c = i.divmod(9)
    br, bc = r / 3 * 3, c / 3 * 3
    used = []
    9.times do |k|
      used << @grid[r * 9 + k] << @grid[k * 9 + c]
      used << @grid[(br + k / 3) * 9 + bc + k % 3]
    end
    DIGITS - used
  end

  def valid?
    (0...81).all? do |i|
      v = @grid[i]
      next true if v == 0
      @grid[i] = 0
      ok = candidates(i).include?(v)
      @grid[i] = v
      ok
    end
  end

  def solve
    best = nil
    best_cands = nil
    81.times do |i|
      next unless @grid[i] == 0
      cands = candidates(i)
      return false if cands.empty?
      if best.nil? || cands.size < best_cands.size
        best, best_cands = i, cands
        break if cands.size == 1
      end
    end
    return true if best.nil?
    best_cands.each do |d|
      @steps += 1
      @grid[best] = d
      return true if solve
    end
    @grid[best] = 0
    false
  end

  def to_s
    @grid.each_slice(9).each_with_index.map do |row, r|
      line = row.each_slice(3).map { |g| g.map { |v| v == 0 ? "." : v }.join(" ") }.join(" | ")
      r % 3 == 2 && r < 8 ? line + "\n" + "------+-------+------" : line
    end.join("\n")
  end
end

puzzle = Sudoku.new(<<~P)
  53..7....
  6..195...
  .98....6.
  8...6...3
  4..8.3..1
  7...2...6
  .6....28.
  ...419..5
  ....8..79
P
p puzzle.valid?
p puzzle.solve
puts puzzle
p puzzle.valid?
p puzzle.steps > 0
bad = Sudoku.new("55" + "." * 79)
p bad.valid?
begin
  Sudoku.new("123")
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
