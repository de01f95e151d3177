class Finder
  def self.method_missing(name, *args)
    if (m = name.to_s.match(/\Afind_by_(\w+)\z/))
      "finding by #{m[1]} = #{args.first.inspect}"
    else
      super
    end
  end
  def self.respond_to_missing?(name, include_all = false) = name.to_s.start_with?("find_by_") || super
end
p Finder.find_by_name("ann"), Finder.find_by_age(3)
p Finder.respond_to?(:find_by_x), Finder.respond_to?(:other)
begin
  Finder.other_thing
rescue NoMethodError => e
  puts "#{e.class}: #{e.message.lines.first.to_s.chomp}"
end
m = Finder.method(:find_by_email)
p m.call("a@b")
