# test/unit: test-unit 3.5's Test::Unit::TestCase, run at exit like test-unit's
# autorunner (every TestCase subclass, console output, exit status 1 on failure/error).
require "test/unit/testcase"
require "test/unit/autorunner"

at_exit do
  if !$! && Test::Unit::AutoRunner.need_auto_run?
    exit Test::Unit::AutoRunner.run
  end
end
