# Helper of the thread tests: show(label) { ... } prints the block's value or the
# exception it raised, one line each (stdout unbuffered, so a hang shows where).
$stdout.sync = true

def show(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message}"
end
