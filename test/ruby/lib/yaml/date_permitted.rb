# A date scalar makes psych require 'date' before it checks the permitted classes, so
# Date exists after a refused load and can then be permitted.
require 'yaml'
p defined?(Date)
begin
  YAML.load("d: 2020-01-01\n")
rescue Psych::DisallowedClass => e
  puts e.message
end
p defined?(Date)
p YAML.load("d: 2020-01-01\n", permitted_classes: [Date])
p YAML.load("d: '2020-01-01'\n")
