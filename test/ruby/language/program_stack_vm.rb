# A small stack-machine: an assembler with labels, an interpreter loop, and two programs
# (factorial, primes) plus error handling for bad programs.
class StackVM
  class VMError < StandardError; end
  Instr = Struct.new(:op, :arg)

  def self.assemble(src)
    labels = {}
    code = []
    src.each_line do |line|
      line = line.sub(/;.*/, "").strip
      next if line.empty?
      if line.end_with?(":")
        labels[line.chomp(":")] = code.size
      else
        op, arg = line.split(/\s+/, 2)
        code << Instr.new(op.downcase.to_sym, arg)
      end
    end
    code.each do |ins|
      next unless ins.arg
      ins.arg = ins.arg.match?(/\A-?\d+\z/) ? ins.arg.to_i : labels.fetch(ins.arg) { raise VMError, "unknown label #{ins.arg}" }
    end
    code
  end

  attr_reader :output, :executed

  def initialize(code, limit: 100_000)
    @code, @limit = code, limit
    @stack, @vars, @output, @executed, @pc = [], {}, [], 0, 0
  end

  def pop = @stack.pop || raise(VMError, "stack underflow at #{@pc - 1}")

  def run
    while @pc < @code.size
      raise VMError, "step limit exceeded" if (@executed += 1) > @limit
      ins = @code[@pc]
      @pc += 1
      case ins.op
      when :push then @stack << ins.arg
      when :pop then pop
      when :dup then v = pop; @stack << v << v
      when :swap then b = pop; a = pop; @stack << b << a
      when :add, :sub, :mul, :div, :mod, :lt, :eq
        b = pop
        a = pop
        raise VMError, "division by zero at #{@pc - 1}" if %i[div mod].include?(ins.op) && b.zero?
        @stack << case ins.op
                  when :add then a + b
                  when :sub then a - b
                  when :mul then a * b
                  when :div then a / b
                  when :mod then a % b
                  when :lt then a < b ? 1 : 0
                  when :eq then a == b ? 1 : 0
                  end
      when :store then @vars[ins.arg] = pop
      when :load then @stack << @vars.fetch(ins.arg) { raise VMError, "unset variable #{ins.arg}" }
      when :jmp then @pc = ins.arg
      when :jz then @pc = ins.arg if pop.zero?
      when :print then @output << pop
      when :halt then break
      else raise VMError, "bad opcode #{ins.op}"
      end
    end
    self
  end
end

FACT = <<~ASM
  push 1
  store 0      ; acc
  push 20
  store 1      ; n
  loop:
  load 1
  jz done
  load 0
  load 1
  mul
  store 0
  load 1
  push 1
  sub
  store 1
  jmp loop
  done:
  load 0
  print
  halt
ASM
vm = StackVM.new(StackVM.assemble(FACT)).run
p vm.output, vm.executed

PRIMES = <<~ASM
  push 2
  store 0          ; candidate
  next_cand:
  load 0
  push 60
  lt
  jz end
  push 2
  store 1          ; divisor
  try_div:
  load 1
  load 1
  mul
  load 0
  swap
  lt               ; candidate < d*d ?
  jz check
  load 0
  print
  jmp advance
  check:
  load 0
  load 1
  mod
  jz advance
  load 1
  push 1
  add
  store 1
  jmp try_div
  advance:
  load 0
  push 1
  add
  store 0
  jmp next_cand
  end:
ASM
vm2 = StackVM.new(StackVM.assemble(PRIMES)).run
p vm2.output
["push 1\nadd", "push 1\npush 0\ndiv", "jmp nowhere", "load 9", "l:\njmp l", "frob"].each do |src|
  StackVM.new(StackVM.assemble(src), limit: 1000).run
rescue StackVM::VMError => e
  puts "#{src.lines.first.chomp.ljust(10)} => #{e.message}"
end
