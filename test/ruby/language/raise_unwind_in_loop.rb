# A Kernel#raise (and a bare `raise` re-raise) that the dispatch loop unwinds itself,
# without a C++ throw, when the rescue is in frames it runs; and those that must still
# leave it (through natives such as each, to the top level). Values of $!, cause,
# backtrace, ensure order, retry.
def line_of(e) = e.backtrace.first[/:(\d+):/, 1].to_i - __LINE__

r = begin; raise ArgumentError, "x"; rescue => e; [e.class, e.message, $!.equal?(e)]; end
p r, $!
p((begin; raise "plain"; rescue RuntimeError => e; e.message; end))
p((begin; raise IOError; rescue => e; [e.class, e.message]; end))
p((begin; raise TypeError.new("obj"); rescue => e; e.message; end))
p((begin; raise 42; rescue TypeError => e; e.message; end))

def inner(n) = n.zero? ? raise(KeyError, "deep") : inner(n - 1)
p((begin; inner(5); rescue KeyError => e; [e.message, e.backtrace.size >= 6, e.backtrace.first[/in `.*'/]]; end))

order = []
def with_ensure(order)
  raise "in method"
ensure
  order << :ensure
end
begin
  with_ensure(order)
rescue => e
  order << e.message
end
p order

tries = 0
begin
  tries += 1
  raise "again" if tries < 3
  p [:retried, tries]
rescue
  retry
end

begin
  begin
    raise "first"
  rescue => e
    raise ArgumentError, "second"
  end
rescue => e2
  p [e2.message, e2.cause&.message]
end
begin
  raise "own cause", cause: IndexError.new("given")
rescue => e
  p [e.message, e.cause.class, e.cause.message]
end

begin
  begin
    raise IndexError, "re"
  rescue => e
    raise
  end
rescue IndexError => e
  p [:reraised, e.message]
end

x = [1, 2, 3].each do |i|
  begin
    raise "in block #{i}" if i == 2
  rescue => e
    p e.message
  end
end
p x

begin
  [1, 2].each { |i| raise StopIteration, "out of each" if i == 2 }
rescue StopIteration => e
  p [:outside_each, e.message]
end

def m_rescue
  yield
rescue ZeroDivisionError => e
  [:method_rescue, e.message]
end
p m_rescue { raise ZeroDivisionError, "zd" }
p m_rescue { 1 / 0 }

class Custom < StandardError
  def self.exception(msg = nil) = new("custom:#{msg}")
end
p((begin; raise Custom, "m"; rescue => e; e.message; end))

e = (begin; raise "bt"; rescue => ex; ex; end)
p line_of(e), e.backtrace.first[/in `.*'/]
3.times do |i|
  begin
    raise ArgumentError, "loop #{i}"
  rescue ArgumentError => e
    p [i, e.message]
  ensure
    p [:ensure, i]
  end
end
p((begin; raise ArgumentError; rescue => e; e.message; end))
v = begin; Integer("zz"); rescue ArgumentError => e; e.message; end
p v
p $!
raise ArgumentError, "to the top"
