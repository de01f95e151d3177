require 'timeout'

p Timeout.timeout(5) { :done }
p Timeout.timeout(nil) { |s| s }
p Timeout.timeout(0) { 1 + 1 }
begin
  Timeout.timeout(0.01) { sleep 0.05 }
rescue Timeout::Error => e
  p e.class, e.message, e.is_a?(RuntimeError)
end
class MyErr < StandardError; end
begin
  Timeout.timeout(0.01, MyErr, "too slow") { sleep 0.05 }
rescue MyErr => e
  p e.class, e.message
end
include Timeout
p timeout(1) { 3 }
p Timeout::Error.ancestors.include?(RuntimeError)
