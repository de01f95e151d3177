classes = [NoMethodError, NameError, ZeroDivisionError, FloatDomainError, ArgumentError,
           TypeError, KeyError, IndexError, StopIteration, ClosedQueueError, RangeError,
           FrozenError, RuntimeError, LocalJumpError, SystemStackError, NoMatchingPatternKeyError,
           NoMatchingPatternError, FiberError, ThreadError, EncodingError, IOError, EOFError,
           Errno::ENOENT, SystemCallError, NotImplementedError, ScriptError, LoadError,
           SyntaxError, SecurityError, Interrupt, SignalException, SystemExit, UncaughtThrowError,
           RegexpError, StandardError, Exception, NoMemoryError, Math::DomainError]
classes.each do |c|
  chain = []
  k = c
  while k
    chain << k
    k = k.superclass
  end
  puts chain.join(" < ")
end
