Ver = Struct.new(:major, :minor, :patch) do
  include Comparable
  def <=>(o) = to_a <=> o.to_a
  def to_s = to_a.join(".")
  def self.parse(s) = new(*s.split(".").map(&:to_i))
end
vs = %w[1.10.0 1.2.3 0.9.9 1.2.10 2.0.0].map { |s| Ver.parse(s) }
puts vs.sort.map(&:to_s).join(" < ")
p vs.max.to_s, vs.min.to_s, vs.count { |v| v > Ver.parse("1.2.5") }
p Ver.parse("1.2.3") == Ver.new(1, 2, 3), Ver.parse("1.2.3").between?(Ver.parse("1.0.0"), Ver.parse("2.0.0"))
index = vs.to_h { |v| [v, v.to_s.length] }
p index[Ver.new(2, 0, 0)], index.size
p vs.group_by(&:major).transform_values { |l| l.map(&:to_s) }
