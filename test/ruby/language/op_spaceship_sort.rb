class Card
  RANKS = %w[2 3 4 5 6 7 8 9 10 J Q K A]
  attr_reader :rank, :suit
  def initialize(r, s) = (@rank, @suit = r, s)
  def <=>(o) = [RANKS.index(rank), suit] <=> [RANKS.index(o.rank), o.suit]
  def to_s = "#{rank}#{suit}"
end
cards = [Card.new("K", "h"), Card.new("2", "s"), Card.new("A", "c"), Card.new("K", "d"), Card.new("10", "h")]
puts cards.sort.map(&:to_s).join(" ")
puts cards.max.to_s, cards.min.to_s
puts cards.sort { |a, b| b <=> a }.first.to_s
p 1 <=> 2, 2 <=> 2, 3 <=> 2, "b" <=> "a", [1, 2] <=> [1, 3], nil <=> nil, 1 <=> "x"
p [3, 1, 2].sort { |a, b| b <=> a }
p [[1, "b"], [1, "a"], [0, "z"]].sort
