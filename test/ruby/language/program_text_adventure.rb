# A tiny text-adventure command parser and world model.
module Adventure
  Command = Struct.new(:verb, :object, :target, keyword_init: true) do
    def to_s = [verb, object, target].compact.join(" ")
  end

  class ParseError < StandardError
    attr_reader :input
    def initialize(input, msg = "I don't understand")
      @input = input
      super("#{msg}: #{input.inspect}")
    end
  end

  class Parser
    SYNONYMS = { "get" => "take", "grab" => "take", "l" => "look", "n" => "go north",
                 "s" => "go south", "i" => "inventory" }.freeze
    STOP = %w[the a an at to].freeze
    VERBS = %w[take drop look go inventory use open quit].freeze

    def parse(line)
      line = line.strip.downcase
      raise ParseError.new(line, "Say something") if line.empty?
      line = SYNONYMS.fetch(line, line)
      words = line.split.map { SYNONYMS.fetch(_1, _1) }.flat_map(&:split) - STOP
      verb, *rest = words
      raise ParseError, line unless VERBS.include?(verb)
      object, target = rest.join(" ").split(/\s+(?:on|with|in)\s+/, 2)
      Command.new(verb: verb.to_sym, object: object&.then { _1.empty? ? nil : _1 }, target: target)
    end
  end

  class Room
    attr_reader :name, :items, :exits
    def initialize(name, items: [], **exits)
      @name, @items, @exits = name, items, exits
    end
    def describe
      s = +"You are in the #{name}."
      s << " You see: #{items.join(', ')}." unless items.empty?
      s << " Exits: #{exits.keys.sort.join(' ')}."
    end
  end

  class Game
    include Comparable
    attr_reader :moves, :inventory
    def initialize(rooms, start)
      @rooms, @here, @inventory, @moves = rooms, rooms.fetch(start), [], 0
      @log = Hash.new { |h, k| h[k] = 0 }
    end
    def <=>(other) = moves <=> other.moves
    def run(cmd)
      @moves += 1
      @log[cmd.verb] += 1
      case cmd
      in { verb: :look } then @here.describe
      in { verb: :inventory } if @inventory.empty? then "You carry nothing."
      in { verb: :inventory } then "You carry: #{@inventory.sort.join(', ')}"
      in { verb: :go, object: "north" | "south" | "east" | "west" => dir }
        nxt = @here.exits[dir.to_sym] or return "You can't go #{dir}."
        @here = @rooms.fetch(nxt)
        @here.describe
      in { verb: :take, object: String => item } if @here.items.delete(item)
        @inventory << item
        "Taken: #{item}"
      in { verb: :take, object: nil } then "Take what?"
      in { verb: :take, object: } then "There is no #{object} here."
      in { verb: :use, object:, target: String => t } if @inventory.include?(object)
        "You use the #{object} on the #{t}. #{t == 'door' ? 'It opens!' : 'Nothing happens.'}"
      in { verb: :quit } then throw :quit, "Bye after #{@moves} moves"
      else "Not now (#{cmd})."
      end
    end
    def stats = @log.sort_by { |k, v| [-v, k] }.map { |k, v| "#{k}=#{v}" }.join(" ")
  end
end

rooms = {
  hall: Adventure::Room.new("hall", items: %w[lamp key], north: :library, east: :kitchen),
  library: Adventure::Room.new("library", items: ["old book"], south: :hall),
  kitchen: Adventure::Room.new("kitchen", west: :hall),
}
game = Adventure::Game.new(rooms, :hall)
parser = Adventure::Parser.new
script = ["look", "get the lamp", "take key", "take sword", "i", "n", "grab old book",
          "use key on door", "dance", "", "go west", "s", "go east", "drop lamp", "take", "quit",
          "look"]
result = catch(:quit) do
  script.each do |line|
    cmd = parser.parse(line)
    puts "> #{line.ljust(16)} #{game.run(cmd)}"
  rescue Adventure::ParseError => e
    puts "> #{line.ljust(16)} #{e.message} (#{e.input.length} chars)"
  end
  :finished
end
puts result
puts game.stats
puts "moves: #{game.moves}, inventory: #{game.inventory.inspect}"
other = Adventure::Game.new(rooms, :kitchen)
p game > other, [game, other].min.moves, game.clamp(other, other).moves
p Adventure::Command.new(verb: :go, object: "north").to_h
p Adventure::Command.members, Adventure::Parser::VERBS.frozen?, Adventure::Parser::SYNONYMS.size
