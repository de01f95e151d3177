# minitest/autorun: loads minitest with specs and mocks and runs the tests at exit.
require "minitest"
require "minitest/spec"
require "minitest/mock"
Minitest.autorun
