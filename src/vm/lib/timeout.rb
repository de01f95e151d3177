# timeout: Timeout.timeout(sec) { ... }. A watcher thread (green, core/prelude/thread.rb)
# raises in the block when it still runs at the deadline: blocked (sleep, Queue#pop,
# join...) or computing (threads are preempted at the end of their time slice).
module Timeout
  VERSION = "0.2.0"

  class ExitException < Exception
    def exception(*)
      self
    end
  end

  class Error < RuntimeError
    def self.handle_timeout(message)
      exc = ExitException.new(message)
      yield exc
    rescue ExitException => e
      raise new(message) if exc.equal?(e)
      raise
    end
  end

  def timeout(sec, klass = nil, message = nil, &block)
    return yield(sec) if sec.nil? || sec.zero?
    raise ArgumentError, "Timeout sec must be a non-negative number" if sec < 0
    message ||= "execution expired"
    cur = Thread.current
    done = false
    exc = (klass || Error).new(message)
    watcher = Thread.new do
      sleep sec
      cur.raise(exc) unless done
    end
    begin
      result = yield(sec)
    ensure
      done = true
      watcher.kill
    end
    result
  end
  module_function :timeout
end
