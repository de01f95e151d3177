# json/add/*: each class's as_json/to_json ({"json_class": ..., fields}), JSON.load and
# parse(create_additions: true) rebuilding it, plain parse leaving a Hash; String#to_json_raw.
require 'json/add/core'
require 'json/add/complex'
require 'json/add/rational'
require 'json/add/set'
require 'json/add/bigdecimal'
require 'json/add/ostruct'
def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message}"
end
Point = Struct.new(:x, :y)
class Point2 < OpenStruct; end
objs = [1..5, 1...3, ("a".."c"), :sym, /ab+c/ix, Point.new(1, [2]), Time.at(1600000000, 123456789, :nsec), RuntimeError.new("boom"), Complex(1, 2), Rational(3, 4), Set[1, 2], BigDecimal("1.25"), OpenStruct.new(a: 1), Point2.new(b: 2)]
objs.each do |o|
  t("#{o.class} json") { o.to_json }
  t("#{o.class} back") { r = JSON.load(JSON.dump(o)); [r.class, r == o || r.inspect] }
  t("#{o.class} parse") { JSON.parse(o.to_json, create_additions: true).class }
  t("#{o.class} plain") { JSON.parse(o.to_json).class }
end
t(:exc_bt) { e = (raise "x" rescue $!); r = JSON.load(e.to_json); [r.message, r.backtrace.size > 0] }
t(:anon) { Struct.new(:a).new(1).to_json }
t(:nested) { JSON.generate({"r" => 1..2, "s" => [:a, :b]}) }
t(:pretty) { JSON.pretty_generate([1..2, :x]) }
t(:raw) { "\xff\x00".b.to_json_raw }
t(:raw_back) { JSON.load("\xff\x00".b.to_json_raw) }
t(:raw_obj) { "ab".to_json_raw_object }
t(:as_json) { [(1..2).as_json, :s.as_json, Time.at(0).utc.as_json] }
t(:u) { JSON.load('{"json_class":"Time","s":5,"u":7}').nsec }
t(:dump_with) { JSON.dump([Time.at(0)]) }
t(:date) { d = Date.new(2020, 5, 6); [d.to_json, JSON.load(d.to_json) == d] }
t(:date_time) { d = DateTime.new(2020, 5, 6, 7, 8, 9); [d.to_json, JSON.load(d.to_json) == d] }
