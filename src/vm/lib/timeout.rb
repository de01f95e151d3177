# timeout: Timeout.timeout(sec) { ... }. maglev runs one thread, so the block cannot be
# interrupted from outside: it runs to completion, and Timeout::Error is raised after
# it when it took longer than sec (so `rescue Timeout::Error` paths still run).
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
    start = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    result = yield(sec)
    if Process.clock_gettime(Process::CLOCK_MONOTONIC) - start > sec
      raise (klass || Error), message
    end
    result
  end
  module_function :timeout
end
