# Core-library audit: which methods and constants of CRuby 3.1's core classes maglev lacks.
# `ruby scripts/method_audit.rb --dump` prints one TSV line per (class, kind, name, owned)
# for the interpreter that runs it; scripts/method-audit runs the dump under CRuby and
# maglev-ruby and compares (a CRuby item owned by the class, absent in maglev = missing).
# The dump part uses only plain Ruby so that an incomplete core can run it.

AUDIT_CLASSES = %w[
  BasicObject Object Kernel Module Class Comparable Enumerable
  Enumerator Enumerator::Lazy Enumerator::Yielder Enumerator::ArithmeticSequence
  Enumerator::Chain Enumerator::Generator
  NilClass TrueClass FalseClass Numeric Integer Float Rational Complex
  String Symbol Array Hash Range Struct Proc Method UnboundMethod Binding
  Exception StandardError ScriptError NameError NoMethodError KeyError FrozenError
  StopIteration SystemExit SignalException Interrupt SystemCallError LoadError SyntaxError
  UncaughtThrowError NoMatchingPatternKeyError LocalJumpError
  Encoding::UndefinedConversionError Encoding::InvalidByteSequenceError Errno
  IO File File::Stat FileTest Dir Time Random Random::Formatter Math Process Process::Status
  Process::Sys Process::UID Process::GID
  GC ObjectSpace ObjectSpace::WeakMap Signal Marshal Encoding Encoding::Converter
  Regexp MatchData Fiber Warning
].freeze

def audit_lookup(name)
  scope = Object
  name.split('::').each do |part|
    return nil unless scope.const_defined?(part, false)
    scope = scope.const_get(part, false)
  end
  scope
end

def audit_dump
  AUDIT_CLASSES.each do |name|
    mod = audit_lookup(name)
    next puts("#{name}\tabsent\t-\t1") unless mod.is_a?(Module)
    audit_dump_module(name, mod)
  end
  # ENV and ARGF are objects: audit their singleton classes
  %w[ENV ARGF].each do |name|
    next puts("#{name}\tabsent\t-\t1") unless Object.const_defined?(name)
    obj = Object.const_get(name)
    obj.singleton_class.public_instance_methods(false).each { |m| puts "#{name}\tspublic\t#{m}\t1" }
    obj.public_methods.each { |m| puts "#{name}\tspublic\t#{m}\t0" }
  end
end

def audit_dump_module(name, mod)
  lists = [
    ['public', mod.public_instance_methods(true), mod.public_instance_methods(false)],
    ['protected', mod.protected_instance_methods(true), mod.protected_instance_methods(false)],
    ['private', mod.private_instance_methods(true), mod.private_instance_methods(false)],
    ['spublic', mod.singleton_class.public_instance_methods(true),
     mod.singleton_class.public_instance_methods(false)],
    ['sprivate', mod.singleton_class.private_instance_methods(true),
     mod.singleton_class.private_instance_methods(false)],
  ]
  lists << ['const', mod.constants(true), mod.constants(false)]
  lists.each do |kind, all, own|
    own_set = {}
    own.each { |m| own_set[m] = true }
    all.each { |m| puts "#{name}\t#{kind}\t#{m}\t#{own_set[m] ? 1 : 0}" }
  end
end

audit_dump if ARGV[0] == '--dump'
