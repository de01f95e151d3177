# Proc#source_location and Method#source_location of define_method methods: the file and
# the line the block starts on; nil for a symbol's proc.
pr = proc {
  1
}
p pr.source_location
l = lambda do |x|
  x
end
p l.source_location
p :upcase.to_proc.source_location

class Shape
  define_method(:area) do
    1
  end

  def self.named(name, &block)
    define_method(name, &block)
  end

  named "perimeter" do
    2
  end

end
p Shape.new.method(:area).source_location
p Shape.instance_method(:perimeter).source_location
p method(:puts).source_location
