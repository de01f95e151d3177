# io/wait: IO#wait_readable, wait_writable, wait_priority, wait, ready? and nread over
# IO#__wait (core/prelude/io_wait.rb): other green threads run while one waits.
class IO
  def wait_readable(timeout = nil) = __wait(READABLE, timeout)
  def wait_writable(timeout = nil) = __wait(WRITABLE, timeout)

  def wait_priority(timeout = nil)
    __nread   # IOError unless open for reading, as CRuby
    __wait(PRIORITY, timeout)
  end

  def nread = __nread

  def ready?
    __nread
    !__wait(READABLE, 0).nil?
  end

  # wait(events, timeout) or wait(timeout = nil, mode = :read): mode :r/:read/:readable,
  # :w/:write/:writable, :rw/:read_write/:readable_writable.
  def wait(*args)
    if args.size == 2 && args[0].is_a?(Integer)
      events, timeout = args
      raise ArgumentError, "Events must be positive integer!" if events <= 0
      return __wait(events, timeout)
    end
    events = 0
    timeout = nil
    args.each do |a|
      case a
      when Symbol
        events |= case a
                  when :r, :read, :readable then READABLE
                  when :w, :write, :writable then WRITABLE
                  when :rw, :read_write, :readable_writable then READABLE | WRITABLE
                  else raise ArgumentError, "unsupported mode: #{a}"
                  end
      else timeout = a
      end
    end
    __wait(events.zero? ? READABLE : events, timeout)
  end
end
