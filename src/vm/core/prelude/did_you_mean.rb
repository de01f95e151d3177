# did_you_mean as CRuby 3.1 ships it (1.6, on by default), the part present at boot:
# Correctable (prepended to the error classes: to_s appends "\nDid you mean?  x"), the
# registry of spell checkers and the formatter. The spell checkers (lib/did_you_mean.rb)
# are autoloaded when the first suggestion is looked for, so nothing is spent before a
# message is built.
module DidYouMean
  VERSION = "1.6.1"

  %i[SpellChecker Jaro JaroWinkler Levenshtein TreeSpellChecker NullChecker
     NameErrorCheckers ClassNameChecker VariableNameChecker MethodNameChecker
     KeyErrorChecker PatternKeyNameChecker RequirePathChecker].each do |name|
    autoload name, "did_you_mean"
  end

  module Correctable
    # Modules whose to_s only decorates the message (error_highlight's, ours).
    SKIP_TO_S_FOR_SUPER_LOOKUP = true
    private_constant :SKIP_TO_S_FOR_SUPER_LOOKUP

    # The message without suggestion nor error_highlight snippet (NameError's own to_s
    # adds the snippet here, where CRuby prepends ErrorHighlight::CoreExt).
    def original_message
      meth = method(:to_s)
      while meth.owner.const_defined?(:SKIP_TO_S_FOR_SUPER_LOOKUP) || meth.owner == NameError
        meth = meth.super_method
      end
      meth.call
    end

    def to_s
      msg = super.dup
      suggestion = DidYouMean.formatter.message_for(corrections)
      msg << suggestion if !msg.include?(suggestion)
      msg
    rescue
      super
    end

    def corrections
      @corrections ||= spell_checker.corrections
    end

    def spell_checker
      DidYouMean.spell_checkers[self.class.to_s].new(self)
    end
  end

  # Error class name => checker (a class whose new(exception).corrections are the
  # suggestions); NullChecker for the others.
  def self.spell_checkers
    @spell_checkers ||= begin
      checkers = Hash.new(NullChecker)
      checkers["NameError"] = NameErrorCheckers
      checkers["KeyError"] = KeyErrorChecker
      checkers["NoMethodError"] = MethodNameChecker
      checkers["LoadError"] = RequirePathChecker
      checkers["NoMatchingPatternKeyError"] = PatternKeyNameChecker
      checkers
    end
  end

  def self.correct_error(error_class, spell_checker)
    spell_checkers[error_class.to_s] = spell_checker
    error_class.prepend(Correctable) if error_class.is_a?(Class) && !(error_class < Correctable)
  end

  [NameError, KeyError, LoadError, NoMatchingPatternKeyError].each { |c| c.prepend(Correctable) }

  class Formatter
    def self.message_for(corrections)
      corrections.empty? ? "" : "\nDid you mean?  #{corrections.join("\n               ")}"
    end

    def message_for(corrections)
      warn "The instance method #message_for has been deprecated. Please use the class method " \
           "DidYouMean::Formatter.message_for(...) instead."
      self.class.message_for(corrections)
    end
  end
  PlainFormatter = Formatter

  def self.formatter
    @formatter || Formatter
  end

  def self.formatter=(formatter)
    @formatter = formatter
  end
end
