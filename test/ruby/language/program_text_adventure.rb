# A text-adventure state machine driven by a scripted list of commands.
class Room
  attr_reader :name, :description, :exits, :items
  def initialize(name, description, exits, items = [])
    @name, @description, @exits, @items = name, description, exits, items
  end
end

class Game
  class Quit < StandardError; end

  DIRECTIONS = %w[north south east west up down].freeze

  def initialize
    @rooms = {
      hall: Room.new("Hall", "A dusty hall.", { "north" => :library, "east" => :kitchen }, ["lamp"]),
      library: Room.new("Library", "Shelves of old books.", { "south" => :hall, "up" => :attic }, ["book"]),
      kitchen: Room.new("Kitchen", "It smells of bread.", { "west" => :hall }, ["key", "bread"]),
      attic: Room.new("Attic", "Dark and cramped.", { "down" => :library }, ["chest"]),
    }
    @here = :hall
    @inventory = []
    @state = :exploring
    @moves = 0
  end

  attr_reader :state, :moves

  def room = @rooms[@here]

  def handle(line)
    verb, *rest = line.strip.downcase.split
    noun = rest.join(" ")
    @moves += 1
    case [@state, verb]
    in [_, "quit"] then raise Quit
    in [:won, _] then "The game is over."
    in [_, "look"] then look
    in [_, "go"] if DIRECTIONS.include?(noun) then go(noun)
    in [_, "go"] then "Go where?"
    in [_, dir] if DIRECTIONS.include?(dir) then go(dir)
    in [_, "take" | "get"] then take(noun)
    in [_, "drop"] then drop(noun)
    in [_, "inventory" | "i"] then @inventory.empty? ? "You carry nothing." : "You carry: #{@inventory.sort.join(', ')}"
    in [_, "open"] then open(noun)
    in [_, nil] then "Say something."
    else "I don't know how to #{verb}."
    end
  end

  private

  def look
    items = room.items.empty? ? "" : " You see: #{room.items.join(', ')}."
    "#{room.name}: #{room.description}#{items} Exits: #{room.exits.keys.sort.join(', ')}."
  end

  def go(dir)
    dest = room.exits[dir]
    return "You can't go #{dir}." unless dest
    return "It is too dark to climb without a light." if dest == :attic && !@inventory.include?("lamp")
    @here = dest
    look
  end

  def take(noun)
    return "There is no #{noun} here." unless room.items.include?(noun)
    return "The chest is far too heavy." if noun == "chest"
    room.items.delete(noun)
    @inventory << noun
    "Taken: #{noun}."
  end

  def drop(noun)
    return "You don't have #{noun}." unless @inventory.delete(noun)
    room.items << noun
    "Dropped: #{noun}."
  end

  def open(noun)
    return "There is no #{noun} to open." unless noun == "chest" && room.items.include?("chest")
    return "The chest is locked." unless @inventory.include?("key")
    @state = :won
    "The chest opens: treasure! You win in #{@moves} moves."
  end
end

script = <<~CMDS
  look
  dance
  take sword
  take lamp
  north
  up
  down
  south
  east
  take key
  get bread
  i
  drop bread
  west
  go north
  go sideways
  up
  take chest
  open chest
  look
  quit
CMDS

game = Game.new
begin
  script.each_line do |cmd|
    puts "> #{cmd.chomp}"
    puts game.handle(cmd)
  end
rescue Game::Quit
  puts "Bye after #{game.moves} moves (state: #{game.state})."
end
