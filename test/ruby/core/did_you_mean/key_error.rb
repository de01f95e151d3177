# did_you_mean on KeyError (Hash#fetch, ENV.fetch, fetch_values) and
# NoMatchingPatternKeyError: the receiver's keys, inspected.
def show
  yield
rescue KeyError, NoMatchingPatternError => e
  puts "#{e.class}: #{e.message}"
  p(e.corrections) rescue p $!
  puts "--"
end

h = { foo: 1, bar: 2, "baz" => 3, 42 => 4, fooo: 5 }
show { h.fetch(:fo) }
show { h.fetch(:foo_) }
show { h.fetch("bazz") }
show { h.fetch("foo") }     # the same key as a Symbol
show { h.fetch(:baz) }      # the same key as a String
show { h.fetch(43) }
show { h.fetch(:zzzzzz) }
show { h.fetch_values(:bar, :barr) }
show { {name: "x", nickname: "y"}.fetch(:nme) }
ENV["DYM_TEST_VARIABLE"] = "1"
show { ENV.fetch("DYM_TEST_VARIABLEE") }
show { raise KeyError, "bare" }
show { raise KeyError.new("given", receiver: {alpha: 1}, key: :alpah) }
show { case {name: 1}; in {nme:}; end }
show { case {first_name: 1, last_name: 2}; in {frist_name:}; end }
show { {a: 1} => {b:} }
