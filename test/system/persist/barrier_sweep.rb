# The write barrier's sweep (persist_barrier_test.py). `setup` commits one instance of
# every kind of object that persists; `sweep` calls every public method of each (and the
# class-level definitions of a persistent class in persistent mode) with a spread of
# arguments, with and without a block, and aborts after each call. The test runs it with
# MAGLEV_CHECK_BARRIER=1: each abort first re-encodes every clean persistent object, and
# the VM dies if a call changed one without marking it dirty.

def fixtures
  {
    array: [3, 1, 2, "s", nil, [4, 5], 1, 2.5],
    string: +"Hello world",
    binary: "\xff\x00ab".b,
    hash: { a: 1, "b" => 2, 3 => [4] },
    default_hash: Hash.new(7),
    node: BNode.new,
    struct: BPoint.new(1, "y"),
    set: Set[1, 2, 3],
    time: Time.at(1000, in: "+09:00"),
    range: (1..5),
    regexp: /a(b)c/,
    proc: proc { |x| x },
    object: Object.new,
  }
end

def samples
  [[], [0], [1], [-1], [2], ["a"], [:a], [:@a], [nil], [[1, 2]], [0..1], [Comparable],
   [BNode.new], [0, 1], [1, "b"], ["a", "b"], [:a, 2], [:@z, 3], [0, 1, "c"], ["l", "r"]]
end
# The public methods that change their receiver (CRuby 3.1 raises FrozenError for these
# on a frozen receiver), per kind of object, plus Object's that change any object.
MUTATORS = {
  array: %i[<< []= append clear collect! compact! concat delete delete_at delete_if fill
            filter! flatten! insert keep_if map! pop prepend push reject! replace reverse!
            rotate! select! shift shuffle! slice! sort! sort_by! uniq! unshift],
  string: %i[<< []= capitalize! chomp! chop! clear concat delete! delete_prefix!
             delete_suffix! downcase! encode! force_encoding gsub! insert lstrip! next!
             prepend replace reverse! rstrip! setbyte slice! squeeze! strip! sub! succ!
             swapcase! tr! tr_s! unicode_normalize! upcase!],
  hash: %i[[]= clear compact! compare_by_identity default= default_proc= delete delete_if
           filter! keep_if merge! rehash reject! replace select! shift store transform_keys!
           transform_values! update],
  struct: %i[[]= x= y=],
  set: %i[<< add add? clear collect! compare_by_identity delete delete? delete_if filter!
          keep_if map! merge reject! replace reset select! subtract],
  time: %i[gmtime localtime utc],
  node: %i[a= b= set_c bump],
}
MUTATORS[:binary] = MUTATORS[:string]
MUTATORS[:default_hash] = MUTATORS[:hash]
OBJECT_MUTATORS = %i[instance_variable_set remove_instance_variable freeze extend
                     singleton_class define_singleton_method instance_eval instance_exec].freeze
# Class-level definitions, tried on a persistent class in persistent mode.
CLASS_CALLS = [
  [:define_method, :dm] , [:alias_method, :a2, :a], [:remove_method, :a], [:undef_method, :b],
  [:attr_accessor, :q], [:const_set, :K, 1], [:remove_const, :OLD], [:include, Comparable],
  [:prepend, Comparable], [:extend, Comparable], [:class_variable_set, :@@v, 2],
  [:remove_class_variable, :@@cv], [:instance_variable_set, :@civ, 3],
  [:remove_instance_variable, :@ci], [:private, :a], [:public, :a], [:protected, :a],
  [:private_constant, :OLD], [:autoload, :Auto, "auto_lib"], [:private_class_method, :make],
  [:public_class_method, :make], [:module_function], [:freeze],
].freeze

def setup
  Maglev.persistent do
    Object.class_eval <<~RUBY
      class BNode
        attr_accessor :a, :b
        OLD = 1
        @@cv = 1
        @ci = 1
        def initialize; @a = 1; @b = "x"; end
        def set_c(v); @c = v; end
        def bump; @a += 1; end
        def self.make; new; end
      end
      BPoint = Struct.new(:x, :y)
    RUBY
  end
  Maglev[:fixtures] = fixtures
  Maglev.commit_transaction
end

def try(receiver, name, args, block)
  receiver.public_send(name, *args, &block)
rescue Exception
  nil
end

def sweep
  calls = 0
  stop = 0
  block = proc { |*a| (stop += 1) > 50 ? raise(StopIteration) : a.first }
  Maglev[:fixtures].each_key do |key|
    obj = Maglev[:fixtures][key]
    ((MUTATORS[key] || []) + OBJECT_MUTATORS).each do |name|
      samples.each do |args|
        [nil, block].each do |b|
          stop = 0
          $stderr.puts [key, name, args, !!b].inspect if ARGV[1] == "trace"
          try(obj, name, args, b)
          calls += 1
          Maglev.abort_transaction
        end
      end
    end
  end
  CLASS_CALLS.each do |name, *args|
    Maglev.persistent { try(BNode, name, args, nil) }
    calls += 1
    Maglev.abort_transaction
  end
  node = Maglev[:fixtures][:node]
  Maglev.persistent { def node.own; 1; end }
  calls += 1
  Maglev.abort_transaction
  puts "calls #{calls}"
end

send(ARGV[0])
