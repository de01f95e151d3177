# An event emitter: subscribe with blocks, once-handlers, unsubscribe tokens, wildcard
# listeners, error isolation between handlers, and a bounded history.
class Emitter
  Handler = Struct.new(:id, :event, :once, :block)

  def initialize(history: 5)
    @handlers = []
    @next_id = 0
    @history = []
    @limit = history
    @errors = []
  end

  attr_reader :errors

  def on(event, once: false, &block)
    raise ArgumentError, "block required" unless block
    h = Handler.new(@next_id += 1, event, once, block)
    @handlers << h
    h.id
  end

  def once(event, &block) = on(event, once: true, &block)

  def off(id) = !@handlers.reject! { |h| h.id == id }.nil?

  def emit(event, *payload)
    @history << [event, payload]
    @history.shift while @history.size > @limit
    matching = @handlers.select { |h| h.event == event || h.event == :* }
    results = matching.map do |h|
      @handlers.delete(h) if h.once
      begin
        h.block.call(*payload, event)
      rescue StandardError => e
        @errors << "#{event}##{h.id}: #{e.class}: #{e.message}"
        nil
      end
    end
    results.compact
  end

  def history = @history.map { |e, p| "#{e}(#{p.join(',')})" }
  def count(event = nil) = event ? @handlers.count { |h| h.event == event } : @handlers.size
end

bus = Emitter.new(history: 3)
log = []
id1 = bus.on(:order) { |item, qty, _ev| log << "order #{item} x#{qty}"; qty * 10 }
bus.once(:order) { |item, *| "first order was #{item}" }
bus.on(:*) { |*args, ev| "wildcard saw #{ev}" }
bus.on(:pay) { |amount, _| raise ArgumentError, "negative" if amount < 0; "paid #{amount}" }
p bus.emit(:order, "tea", 2)
p bus.emit(:order, "cake", 1)
p bus.emit(:pay, 5)
p bus.emit(:pay, -1)
p bus.errors
p bus.off(id1), bus.off(id1), bus.count(:order), bus.count
p bus.emit(:order, "jam", 3)
p log
p bus.history
begin
  bus.on(:x)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
