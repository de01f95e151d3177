def classify
  yield
  "none"
rescue ZeroDivisionError then "ZeroDivisionError"
rescue ArgumentError then "ArgumentError"
rescue NameError => e then "#{e.class}(NameError branch)"
rescue IndexError => e then "#{e.class}(IndexError branch)"
rescue StandardError => e then "#{e.class}(StandardError branch)"
rescue ScriptError => e then "#{e.class}(ScriptError branch)"
rescue Exception => e then "#{e.class}(Exception branch)"
end
p classify { 1 / 0 }
p classify { Integer("x") }
p classify { nosuch }
p classify { nil.nosuch }
p classify { [].fetch(1) }
p classify { {}.fetch(1) }
p classify { [1].each.tap(&:next).next }
p classify { raise IOError }
p classify { raise NotImplementedError }
p classify { raise SystemExit }
p classify { raise Interrupt } rescue p :interrupt
p classify { "x".freeze << "y" }
p classify { raise UncaughtThrowError.new(:t, nil, "custom") } rescue p :ut
p classify { eval("1 +") }
p classify { }
