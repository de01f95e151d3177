# DidYouMean's public pieces: SpellChecker, TreeSpellChecker, the distances, the
# formatter, correct_error with a checker of one's own, original_message.
sc = DidYouMean::SpellChecker.new(dictionary: %w[hello world help held yellow])
p sc.correct("helo")
p sc.correct("hello")
p sc.correct("wrld")
p sc.correct(:yelow)
p sc.correct("zzz")
p DidYouMean::SpellChecker.new(dictionary: %i[@name @age name_of]).correct("@nmae")
p DidYouMean::SpellChecker.new(dictionary: ["Über", "uber", "ÜBER"]).correct("Ubr")
p DidYouMean::SpellChecker.new(dictionary: %w[initialize initialise initializer]).correct("initialze")
p DidYouMean::SpellChecker.new(dictionary: %w[a ab abc]).correct("b")
p DidYouMean::SpellChecker.new(dictionary: []).correct("x")

[%w[martha marhta], %w[dixon dicksonx], %w[jellyfish smellyfish], ["", "a"], %w[abc abc],
 %w[ab ba], %w[crate trace], %w[dwayne duane]].each do |a, b|
  printf("%s %s %.6f %.6f %d\n", a, b, DidYouMean::Jaro.distance(a, b),
         DidYouMean::JaroWinkler.distance(a, b), DidYouMean::Levenshtein.distance(a, b))
end

tree = DidYouMean::TreeSpellChecker.new(dictionary: %w[
  spec/models/user_spec.rb spec/models/account_spec.rb spec/controllers/user_spec.rb
  lib/tasks/build.rake lib/maglev/version.rb
])
p tree.correct("spec/modls/user_spec.rb")
p tree.correct("spec/models/usr_spec.rb")
p tree.correct("lib/task/build.rake")
p tree.correct("nothing/like/this")
p DidYouMean::TreeSpellChecker.new(dictionary: %w[a/b/cde a/b/xyz], augment: true).correct("a/b/cdf")

puts DidYouMean::Formatter.message_for(%w[one two three]).inspect
puts DidYouMean::Formatter.message_for([]).inspect
p DidYouMean.formatter

class MyError < StandardError
  attr_reader :word
  def initialize(word); @word = word; super("no #{word}"); end
end
class MyChecker
  def initialize(e); @word = e.word; end
  def corrections; DidYouMean::SpellChecker.new(dictionary: %w[apple banana cherry]).correct(@word); end
end
DidYouMean.correct_error(MyError, MyChecker)
begin
  raise MyError, "banan"
rescue MyError => e
  puts e.message
  puts e.original_message
  p e.corrections
end
p MyError.ancestors.include?(DidYouMean::Correctable)

class UnknownNameError < NameError; end   # a subclass has no checker of its own
begin
  raise UnknownNameError.new("undefined local variable or method `helo' for main", :helo)
rescue NameError => e
  puts e.message
end

def hello; end
begin
  helo
rescue NameError => e
  puts e.original_message
  p e.corrections
  p e.spell_checker.class
end
p NameError.ancestors.first, KeyError.ancestors.first, LoadError.ancestors.first
p NoMatchingPatternKeyError.ancestors.first
p NoMethodError.ancestors.take(2)
p DidYouMean.spell_checkers["NameError"].class, DidYouMean.spell_checkers["KeyError"]
p DidYouMean.spell_checkers["Nothing"]
