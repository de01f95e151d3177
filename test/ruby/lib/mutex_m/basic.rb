# Mutex_m included in a class (lock, synchronize ... as aliases of mu_*) and extended
# into an object; Fcntl's constants; cgi/escape's CGI::Escape methods.
require 'mutex_m'
require 'fcntl'
require 'cgi/escape'
class Counter
  include Mutex_m
  attr_reader :n
  def initialize(start)
    super()
    @n = start
  end
  def incr = synchronize { @n += 1 }
end
c = Counter.new(5)
4.times.map { Thread.new { 10.times { c.incr } } }.each(&:join)
p c.n, c.locked?, c.try_lock, c.locked?, c.unlock.class, c.respond_to?(:mu_lock)
o = Object.new
o.extend(Mutex_m)
p o.lock.class, o.locked?, o.mu_unlock.class, o.synchronize { :in }
p Mutex_m::VERSION, Counter.ancestors.include?(Mutex_m)
p Fcntl.constants.sort.map { |k| [k, Fcntl.const_get(k)] }
p CGI::Escape.instance_methods.sort, CGI.escapeHTML("<a & 'b'>"), CGI.unescapeHTML("&lt;&amp;&gt;"), CGI.escape("a b/c")
class X; include CGI::Escape; end
p X.new.escapeHTML("<>")
