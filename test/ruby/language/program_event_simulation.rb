# A discrete-event simulation of a small bank queue with a deterministic generator.
class LCG
  def initialize(seed) = @state = seed
  def next_int(n)
    @state = (@state * 1103515245 + 12345) % 2**31
    @state % n
  end
end

Event = Struct.new(:time, :seq, :kind, :customer)

class Simulation
  attr_reader :log, :served, :waits

  def initialize(tellers:, seed:)
    @rng = LCG.new(seed)
    @events = []
    @seq = 0
    @free = tellers
    @queue = []
    @log = []
    @served = 0
    @waits = []
    @arrivals = {}
  end

  def schedule(time, kind, customer)
    @events << Event.new(time, @seq += 1, kind, customer)
    @events.sort_by! { |e| [e.time, e.seq] }
  end

  def run(customers)
    t = 0
    customers.times do |c|
      t += 1 + @rng.next_int(4)
      schedule(t, :arrive, c)
    end
    until @events.empty?
      ev = @events.shift
      send("on_#{ev.kind}", ev)
    end
    self
  end

  private

  def on_arrive(ev)
    @arrivals[ev.customer] = ev.time
    @log << format("%3d: customer %d arrives (queue %d)", ev.time, ev.customer, @queue.size)
    if @free > 0
      start(ev.time, ev.customer)
    else
      @queue << ev.customer
    end
  end

  def start(time, c)
    @free -= 1
    @waits << time - @arrivals[c]
    schedule(time + 3 + @rng.next_int(5), :depart, c)
  end

  def on_depart(ev)
    @served += 1
    @free += 1
    @log << format("%3d: customer %d leaves", ev.time, ev.customer)
    start(ev.time, @queue.shift) unless @queue.empty?
  end
end

sim = Simulation.new(tellers: 2, seed: 2024).run(12)
puts sim.log
p sim.served
p sim.waits
printf("average wait %.2f, max wait %d\n", sim.waits.sum.fdiv(sim.waits.size), sim.waits.max)
one = Simulation.new(tellers: 1, seed: 2024).run(12)
three = Simulation.new(tellers: 3, seed: 2024).run(12)
p [one, sim, three].map { |s| s.waits.sum }
p one.log.last
