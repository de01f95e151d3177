# did_you_mean's spell checkers (CRuby 3.1 ships 1.6): the distances, SpellChecker
# (Jaro-Winkler to pick candidates, Levenshtein to keep the close ones),
# TreeSpellChecker for paths, and the checker of each error class. Autoloaded by the
# prelude's DidYouMean (core/prelude/did_you_mean.rb) when a message is first built.
module DidYouMean
  # Jaro similarity of two strings (0.0 .. 1.0), by codepoints.
  module Jaro
    module_function

    def distance(str1, str2)
      str1, str2 = str2, str1 if str1.length > str2.length
      a = str1.codepoints
      b = str2.codepoints
      window = b.size / 2 - 1
      window = 0 if window < 0
      used_a = Array.new(a.size, false)
      used_b = Array.new(b.size, false)
      matches = 0.0
      a.each_with_index do |ch, i|
        lo = i >= window ? i - window : 0
        (lo..i + window).each do |j|
          break if j >= b.size
          next if used_b[j] || b[j] != ch
          used_a[i] = used_b[j] = true
          matches += 1
          break
        end
      end
      return 0 if matches == 0
      half_transpositions = 0.0
      k = 0
      a.each_with_index do |ch, i|
        next unless used_a[i]
        k += 1 until used_b[k]
        half_transpositions += 1 if ch != b[k]
        k += 1
      end
      transpositions = (half_transpositions / 2).floor
      (matches / a.size + matches / b.size + (matches - transpositions) / matches) / 3
    end
  end

  # Jaro similarity raised for a common prefix (up to 4 characters) above 0.7.
  module JaroWinkler
    WEIGHT = 0.1
    THRESHOLD = 0.7

    module_function

    def distance(str1, str2)
      jaro = Jaro.distance(str1, str2)
      return jaro if jaro <= THRESHOLD
      b = str2.codepoints
      prefix = 0
      str1.each_codepoint do |ch|
        break unless prefix < 4 && ch == b[prefix]
        prefix += 1
      end
      jaro + prefix * WEIGHT * (1 - jaro)
    end
  end

  # Edit distance (insertions, deletions, substitutions), by codepoints.
  module Levenshtein
    module_function

    def distance(str1, str2)
      a = str1.codepoints
      b = str2.codepoints
      return b.size if a.empty?
      return a.size if b.empty?
      row = (0..b.size).to_a
      a.each_with_index do |ch, i|
        diagonal = row[0]
        row[0] = i + 1
        b.each_with_index do |other, j|
          above = row[j + 1]
          row[j + 1] = [above + 1, row[j] + 1, diagonal + (ch == other ? 0 : 1)].min
          diagonal = above
        end
      end
      row[b.size]
    end
  end

  class SpellChecker
    def initialize(dictionary:)
      @dictionary = dictionary
    end

    def correct(input)
      target = normalize(input)
      threshold = target.length > 3 ? 0.834 : 0.77
      words = @dictionary.select { |word| JaroWinkler.distance(normalize(word), target) >= threshold }
      words.reject! { |word| input.to_s == word.to_s }
      words.sort_by! { |word| JaroWinkler.distance(word.to_s, target) }
      words.reverse!

      limit = (target.length * 0.25).ceil
      corrections = words.select { |word| Levenshtein.distance(normalize(word), target) <= limit }
      return corrections unless corrections.empty?

      words.select do |word|
        word = normalize(word)
        Levenshtein.distance(word, target) < [target.length, word.length].min
      end.first(1)
    end

    private

    def normalize(word)
      word.to_s.downcase.delete("@")
    end
  end

  # Corrects paths one segment at a time: each directory against the names found at its
  # depth in the dictionary, then the leaf against the entries of the candidate
  # directories; the plain SpellChecker when that finds nothing and `augment` is given.
  class TreeSpellChecker
    attr_reader :dictionary, :separator, :augment

    def initialize(dictionary:, separator: "/", augment: nil)
      @dictionary = dictionary
      @separator = separator
      @augment = augment
    end

    def correct(input)
      plausibles = plausible_dimensions(input)
      suggestions = plausibles.empty? ? [] : find_suggestions(input, plausibles)
      suggestions.empty? ? fall_back_to_normal_spell_check(input) : suggestions
    end

    def dictionary_without_leaves
      @dictionary_without_leaves ||= dictionary.map { |word| word.split(separator)[0..-2] }.uniq
    end

    def tree_depth
      @tree_depth ||= dictionary_without_leaves.max_by(&:size).size
    end

    def dimensions
      @dimensions ||= Array.new(tree_depth) do |depth|
        dictionary_without_leaves.map { |dirs| dirs[depth] }.compact.uniq
      end
    end

    def find_leaves(path)
      prefix = "#{path}#{separator}"
      dictionary.select { |word| word.include?(prefix) }.map { |word| word.gsub(prefix, "") }
    end

    def plausible_dimensions(input)
      input.split(separator)[0..-2].each_with_index.map do |dir, depth|
        correct_element(dimensions[depth], dir) if dimensions[depth]
      end.compact
    end

    def possible_paths(states)
      states.map { |state| state.join(separator) }
    end

    private

    def find_suggestions(input, plausibles)
      paths = possible_paths(plausibles[0].product(*plausibles[1..-1]))
      leaf = input.split(separator).last
      paths.flat_map do |path|
        names = find_leaves(path)
        ideas = correct_element(names, leaf)
        if ideas.empty?
          nil
        elsif names.include?(leaf)
          ["#{path}#{separator}#{leaf}"]
        else
          ideas.map { |idea| "#{path}#{separator}#{idea}" }
        end
      end.compact
    end

    def fall_back_to_normal_spell_check(input)
      augment ? SpellChecker.new(dictionary: dictionary).correct(input) : []
    end

    def correct_element(names, element)
      return names if names.size == 1
      word = element.downcase.tr("@", " ")
      return [word] if names.include?(word)
      SpellChecker.new(dictionary: names).correct(word)
    end
  end

  class NullChecker
    def initialize(*); end

    def corrections
      []
    end
  end

  # NameError: constants for "uninitialized constant", variables and methods otherwise.
  NameErrorCheckers = Object.new
  class << NameErrorCheckers
    def new(exception)
      checker = case exception.original_message
                when /uninitialized constant/ then ClassNameChecker
                when /undefined local variable or method/, /undefined method/,
                     /uninitialized class variable/, /no member '.*' in struct/
                  VariableNameChecker
                else NullChecker
                end
      checker.new(exception)
    end
  end

  # The constants of the receiver's scopes (Object, then each module of its path).
  class ClassNameChecker
    attr_reader :class_name

    def initialize(exception)
      @class_name = exception.name
      @receiver = exception.receiver
      @original_message = exception.original_message
    end

    def corrections
      @corrections ||= SpellChecker.new(dictionary: class_names).correct(class_name)
                                   .map(&:full_name)
                                   .reject { |name| @original_message.include?(name) }
    end

    def class_names
      scopes.flat_map do |scope|
        scope.constants.map { |c| ClassName.new(c, scope == Object ? "" : "#{scope}::") }
      end
    end

    def scopes
      @scopes ||= @receiver.to_s.split("::").each_with_object([Object]) do |name, found|
        found << found.last.const_get(name)
      end.uniq
    end

    # A constant's name that knows the scope it was found in.
    class ClassName < String
      attr :namespace

      def initialize(name, namespace = "")
        super(name.to_s)
        @namespace = namespace
      end

      def full_name
        self.class.new("#{namespace}#{self}")
      end
    end
    private_constant :ClassName
  end

  # Locals of the failing scope, the receiver's methods, instance and class variables,
  # and the keywords.
  class VariableNameChecker
    attr_reader :name, :method_names, :lvar_names, :ivar_names, :cvar_names

    NAMES_TO_EXCLUDE = { "foo" => [:fork, :for] }
    NAMES_TO_EXCLUDE.default = []

    RB_RESERVED_WORDS = %i[
      BEGIN END alias and begin break case class def defined? else elsif end ensure false
      for module next nil not redo rescue retry return self super then true undef unless
      until when while yield __LINE__ __FILE__ __ENCODING__
    ]

    def initialize(exception)
      @name = exception.name.to_s.tr("@", "")
      @lvar_names = exception.respond_to?(:local_variables) ? exception.local_variables : []
      receiver = exception.receiver
      @method_names = receiver.methods + receiver.private_methods
      @ivar_names = receiver.instance_variables
      @cvar_names = receiver.class.class_variables
      @cvar_names += receiver.class_variables if receiver.kind_of?(Module)
    end

    def corrections
      @corrections ||= SpellChecker.new(
        dictionary: RB_RESERVED_WORDS + lvar_names + method_names + ivar_names + cvar_names
      ).correct(name) - NAMES_TO_EXCLUDE[@name]
    end
  end

  # The receiver's methods (private ones and some keywords too for a call without a
  # receiver); none of nil's own for a typo on nil.
  class MethodNameChecker
    attr_reader :method_name, :receiver

    NAMES_TO_EXCLUDE = { NilClass => nil.methods }
    NAMES_TO_EXCLUDE.default = []

    RB_RESERVED_WORDS = %i[
      alias case def defined? elsif end ensure for rescue super undef unless until when
      while yield
    ]

    def initialize(exception)
      @method_name = exception.name
      @receiver = exception.receiver
      @private_call = exception.respond_to?(:private_call?) ? exception.private_call? : false
    end

    def corrections
      @corrections ||= begin
        dictionary = method_names
        dictionary = RB_RESERVED_WORDS + dictionary if @private_call
        SpellChecker.new(dictionary: dictionary).correct(method_name) - names_to_exclude
      end
    end

    def method_names
      return [] unless Object === receiver
      names = receiver.methods + receiver.singleton_methods
      names += receiver.private_methods if @private_call
      names.uniq!
      names
    end

    def names_to_exclude
      Object === receiver ? NAMES_TO_EXCLUDE[receiver.class] : []
    end
  end

  # The receiver's keys, inspected ("Did you mean?  :foo"); a key equal to the missing
  # one as a String (a Symbol asked as a String, or the reverse) comes alone.
  class KeyErrorChecker
    def initialize(key_error)
      @key = key_error.key
      @keys = key_error.receiver.keys
    end

    def corrections
      @corrections ||= begin
        exact = @keys.select { |word| @key == word.to_s }.map(&:inspect)
        exact.empty? ? SpellChecker.new(dictionary: @keys).correct(@key).map(&:inspect) : exact
      end
    end
  end

  # NoMatchingPatternKeyError: the matched Hash's keys, as KeyErrorChecker.
  class PatternKeyNameChecker < KeyErrorChecker
    def initialize(error)
      @key = error.key
      @keys = error.matchee.keys
    end
  end

  # LoadError of require: the features under the load path of the time the checker was
  # loaded, by the tree checker for a path with a "/".
  class RequirePathChecker
    attr_reader :path

    INITIAL_LOAD_PATH = $LOAD_PATH.dup.freeze
    ENV_SPECIFIC_EXT = ".so"
    private_constant :INITIAL_LOAD_PATH, :ENV_SPECIFIC_EXT

    def self.requireables
      @requireables ||= INITIAL_LOAD_PATH
                        .flat_map { |dir| Dir.glob("**/???*{.rb,#{ENV_SPECIFIC_EXT}}", base: dir) }
                        .map { |file| file.chomp!(".rb") || file.chomp!(ENV_SPECIFIC_EXT) }
    end

    def initialize(exception)
      @path = exception.path
    end

    def corrections
      @corrections ||= begin
        longest = path.size * 2
        dictionary = self.class.requireables.reject { |file| file.size >= longest }
        checker = path.include?("/") ? TreeSpellChecker : SpellChecker
        checker.new(dictionary: dictionary).correct(path).uniq
      end
    end
  end
end
