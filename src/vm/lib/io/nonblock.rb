# io/nonblock: IO#nonblock?, nonblock= and nonblock { } (O_NONBLOCK, core/io_nonblock.cc).
# Pipes and sockets are non-blocking from the start, as in CRuby 3.
class IO
  def nonblock? = __nonblock?

  def nonblock=(on)
    self.__nonblock = on
  end

  def nonblock(nb = true)
    old = nonblock?
    self.nonblock = nb
    begin
      yield self
    ensure
      self.nonblock = old unless closed?
    end
  end
end
