# minitest/unit: the MiniTest constant and MiniTest::Unit::TestCase of older test code.
require "minitest" unless defined?(Minitest::Runnable)
MiniTest = Minitest unless defined?(MiniTest)

module Minitest
  class Unit
    VERSION = Minitest::VERSION

    class TestCase < Minitest::Test
      def self.inherited(klass)
        warn "MiniTest::Unit::TestCase is now Minitest::Test. From #{caller.first}"
        super
      end
    end

    def self.autorun
      warn "MiniTest::Unit.autorun is now Minitest.autorun. From #{caller.first}"
      Minitest.autorun
    end

    def self.after_tests(&block)
      warn "MiniTest::Unit.after_tests is now Minitest.after_run. From #{caller.first}"
      Minitest.after_run(&block)
    end
  end
end
