# minitest assertions: the failure message of each assert_*/refute_* (and the value or
# count of those that pass), run on a bare Minitest::Test instance.
require "minitest"

t = Minitest::Test.new("x")
check = lambda do |label, &blk|
  r = blk.call
  puts "#{label}: ok #{r.inspect}"
rescue Minitest::Assertion => e
  puts "#{label}: #{e.class}", e.message.gsub(/oid=\d+/, "oid=N"), "--"
end

check.("assert") { t.assert nil }
check.("assert msg") { t.assert false, "my message" }
check.("assert proc") { t.assert false, -> { "lazy" } }
check.("empty") { t.assert_empty [1] }
check.("equal") { t.assert_equal 1, 2 }
check.("equal msg") { t.assert_equal 1, 2, "numbers" }
check.("equal float") { t.assert_equal 1.0, 1 }
check.("equal strings") { t.assert_equal "a", "b" }
check.("equal long") { t.assert_equal "x" * 31, "x" * 30 + "y" }
check.("equal lines") { t.assert_equal "a\nb\n", "a\nc\n" }
check.("equal hash") { t.assert_equal({ a: 1, b: [1, 2, 3], c: "a fairly long string value" }, { a: 1 }) }
check.("equal same inspect") { t.assert_equal Object.new.tap { |o| def o.inspect = "#<obj>" }, Object.new.tap { |o| def o.inspect = "#<obj>" } }
check.("in_delta") { t.assert_in_delta 1.0, 1.5, 0.1 }
check.("in_epsilon") { t.assert_in_epsilon 100, 120, 0.1 }
check.("includes") { t.assert_includes [1, 2], 3 }
check.("instance_of") { t.assert_instance_of String, 1 }
check.("kind_of") { t.assert_kind_of String, 1 }
check.("match") { t.assert_match(/z/, "abc") }
check.("match str") { t.assert_match "a.c", "abc" }
check.("nil") { t.assert_nil 0 }
check.("operator") { t.assert_operator 1, :>, 2 }
check.("operator pred") { t.assert_operator 1, :zero? }
check.("output") { t.assert_output("hi\n", /warn/) { puts "hello"; $stderr.puts "warning" } }
check.("output err") { t.assert_output(nil, "x") { $stderr.print "y" } }
check.("path") { t.assert_path_exists "/no/such/path" }
check.("predicate") { t.assert_predicate 1, :zero? }
check.("raises none") { t.assert_raises(ArgumentError) { 1 } }
check.("raises two none") { t.assert_raises(ArgumentError, TypeError, "why") { 1 } }
check.("raises ok") { t.assert_raises(ArgumentError) { raise ArgumentError, "x" }.message }
check.("raises default") { t.assert_raises { raise "plain" }.class }
check.("respond_to") { t.assert_respond_to 1, :upcase }
check.("same") { t.assert_same "a", "a" }
check.("silent") { t.assert_silent { print "noise" } }
check.("throws") { t.assert_throws(:done) { 1 } }
check.("throws other") { t.assert_throws(:done) { throw :other } }
check.("throws ok") { t.assert_throws(:done) { throw :done, 5 } }
check.("flunk") { t.flunk }
check.("flunk msg") { t.flunk "nope" }
check.("refute") { t.refute 1 }
check.("refute_empty") { t.refute_empty [] }
check.("refute_equal") { t.refute_equal 1, 1 }
check.("refute_in_delta") { t.refute_in_delta 1.0, 1.05, 0.1 }
check.("refute_in_epsilon") { t.refute_in_epsilon 100, 101, 0.1 }
check.("refute_includes") { t.refute_includes [1], 1 }
check.("refute_instance_of") { t.refute_instance_of Integer, 1 }
check.("refute_kind_of") { t.refute_kind_of Numeric, 1 }
check.("refute_match") { t.refute_match(/b/, "abc") }
check.("refute_nil") { t.refute_nil nil }
check.("refute_operator") { t.refute_operator 2, :>, 1 }
check.("refute_path") { t.refute_path_exists "/" }
check.("refute_predicate") { t.refute_predicate 0, :zero? }
check.("refute_respond_to") { t.refute_respond_to 1, :+ }
check.("refute_same") { t.refute_same :a, :a }
check.("skip") { t.skip }
check.("skip msg") { t.skip "later" }
check.("pass") { t.pass }
check.("capture_io") { t.capture_io { puts "out"; warn "err" } }
check.("encoding") { t.assert_equal "abc".b, "abd" }
puts "assertions: #{t.assertions}"
puts "skipped: #{t.skipped?.inspect}"

_, err = t.capture_io { t.assert_equal nil, nil }
puts err.sub(/from .*:\d+/, "from FILE:LINE")
