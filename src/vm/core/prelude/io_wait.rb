# IO readiness in Ruby over core/io_wait.cc and core/io_nonblock.cc: IO.select,
# readpartial, read_nonblock / write_nonblock and their IO::WaitReadable errors, and
# IO#__wait, which io/wait's wait_readable/wait_writable/wait/ready? use
# (lib/io/wait.rb). Every wait lets other green threads run (Thread.__wait_io).
class IO
  module WaitReadable; end
  module WaitWritable; end

  class EAGAINWaitReadable < Errno::EAGAIN
    include WaitReadable
  end

  class EAGAINWaitWritable < Errno::EAGAIN
    include WaitWritable
  end

  EWOULDBLOCKWaitReadable = EAGAINWaitReadable
  EWOULDBLOCKWaitWritable = EAGAINWaitWritable

  class EINPROGRESSWaitWritable < Errno::EINPROGRESS
    include WaitWritable
  end

  class EINPROGRESSWaitReadable < Errno::EINPROGRESS
    include WaitReadable
  end

  # IO.select(readers, writers = nil, errors = nil, timeout = nil): the arrays of
  # those ready, nil when timeout seconds pass first. A reader with bytes already read
  # ahead is ready at once.
  def self.select(readers, writers = nil, errors = nil, timeout = nil)
    unless timeout.nil?
      raise TypeError, "can't convert #{timeout.class} into time interval" unless timeout.is_a?(Numeric)
      raise ArgumentError, "time interval must not be negative" if timeout < 0
    end
    sets = [readers, writers, errors].map { |a| a.nil? ? [] : Array(a) }
    ios = sets.map { |set| set.map { |x| __select_io(x) } }
    fds = []
    evs = []
    [READABLE, WRITABLE, PRIORITY].each_with_index do |ev, k|
      ios[k].each do |io|
        fds << io.fileno
        evs << ev
      end
    end
    buffered = ios[0].map { |io| io.__buffered > 0 }
    r = buffered.any? || timeout == 0 ? __poll(fds, evs, 0) : Thread.__wait_io(fds, evs, timeout)
    return nil if r.nil? || (r.all?(&:zero?) && !buffered.any?)
    out = [[], [], []]
    i = 0
    sets.each_with_index do |set, k|
      set.each_with_index do |x, j|
        rev = r[i]
        i += 1
        ready = case k
                when 0 then buffered[j] || rev & (READABLE | 8 | 16 | 32) != 0
                when 1 then rev & (WRITABLE | 8 | 16 | 32) != 0
                else rev & PRIORITY != 0
                end
        out[k] << x if ready
      end
    end
    out
  end

  def self.__select_io(x)
    io = x.is_a?(IO) ? x : (x.respond_to?(:to_io) ? x.to_io : nil)
    raise TypeError, "no implicit conversion of #{x.class} into IO" unless io.is_a?(IO)
    raise IOError, "closed stream" if io.closed?
    io
  end

  # self once ready for events (IO::READABLE...), nil when timeout seconds pass first.
  def __wait(events, timeout)
    return self if events & READABLE != 0 && !closed? && __buffered > 0
    fds = [fileno]
    return self if IO.__poll(fds, [events], 0)[0] != 0
    return nil if timeout == 0
    Thread.__wait_io(fds, [events], timeout) ? self : nil
  end

  def readpartial(maxlen, buf = nil)
    __readpartial(maxlen, buf, false) || raise(EOFError, "end of file reached")
  end

  def sysread(maxlen, buf = nil) = readpartial(maxlen, buf)

  def read_nonblock(maxlen, buf = nil, exception: true)
    r = __readpartial(maxlen, buf, true)
    if r.nil?
      return nil unless exception
      raise EOFError, "end of file reached"
    end
    if r == :wait_readable && exception
      raise EAGAINWaitReadable, "read would block"
    end
    r
  end

  def write_nonblock(str, exception: true)
    r = __write_nonblock(str.to_s)
    raise EAGAINWaitWritable, "write would block" if r == :wait_writable && exception
    r
  end
end
