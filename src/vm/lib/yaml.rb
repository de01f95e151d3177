# yaml: YAML, the name scripts use for Psych (lib/psych.rb).
require "psych"

YAML = Psych unless defined?(YAML)
