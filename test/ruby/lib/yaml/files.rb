require 'yaml'
require 'tmpdir'
Dir.mktmpdir do |dir|
  path = File.join(dir, "c.yml")
  config = {"name" => "app", "ports" => [80, 443], "db" => {"host" => "localhost", "pool" => 5}, "tags" => []}
  File.write(path, config.to_yaml)
  puts File.read(path)
  p YAML.load_file(path) == config, YAML.safe_load_file(path), YAML.load_file(path, symbolize_names: true)
  File.open(path, "w") { |f| YAML.dump({"x" => 1}, f) }
  p File.read(path)
  p YAML.load_file(path, freeze: true).frozen?
end
p YAML.dump_stream(1, [2], {"a" => 3})
p YAML.load_stream("--- 1\n--- [2]\n---\na: 3\n")
p YAML::VERSION.class, YAML.equal?(Psych), 1.to_yaml, nil.to_yaml, [].to_yaml
