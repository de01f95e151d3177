# Every Linux Errno class of CRuby 3.1, the aliases (EWOULDBLOCK is EAGAIN, EDEADLOCK is
# EDEADLK, EOPNOTSUPP is ENOTSUP, other systems' names are NOERROR), Errno numbers, and
# SystemCallError.new(msg, errno) picking the class.
p Errno.constants.size
p Errno::EAGAIN.equal?(Errno::EWOULDBLOCK), Errno::EDEADLK.equal?(Errno::EDEADLOCK)
p Errno::ENOTSUP.equal?(Errno::EOPNOTSUPP), Errno::EAUTH, Errno::NOERROR::Errno
p Errno::EHOSTUNREACH::Errno, Errno::ENETUNREACH.superclass, Errno::ECONNABORTED.new.message
p Errno::EWOULDBLOCK.name, Errno::EDEADLOCK::Errno
p SystemCallError.new("x", 113).class, SystemCallError.new("y", 11).message
p Errno.constants.map { |c| Errno.const_get(c) }.uniq.size
p Errno.constants.sort.first(5), Errno.constants.sort.last(5)
begin
  raise Errno::EPROTO, "detail"
rescue SystemCallError => e
  p [e.class, e.errno, e.message]
end
