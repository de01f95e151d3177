class Pt
  attr_accessor :x
  def inspect = "#<Pt x=#{@x.inspect}>"
end
pt = Pt.new
pt.x = 1
pt.freeze
[
  -> { pt.x = 2 },
  -> { "lit".freeze.upcase! },
  -> { [1, 2].freeze.push(3) },
  -> { { a: 1 }.freeze.delete(:a) },
  -> { :sym.instance_variable_set(:@a, 1) },
  -> { "abc".freeze.concat("d") },
  -> { [3, 1].freeze.sort! },
  -> { A_FROZEN_CONST = "c".freeze; A_FROZEN_CONST << "x" },
].each do |l|
  begin
    l.call
    puts "no error"
  rescue FrozenError => e
    puts "#{e.class}: #{e.message}"
    p e.receiver.frozen?
  end
end
p FrozenError.superclass
p pt.x
p [1].freeze.map { |v| v + 1 }.frozen?
