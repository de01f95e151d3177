# YAML::Store: a PStore whose file is the table's YAML (with the to_yaml options given
# after the path); an empty file is an empty table.
require 'yaml/store'
require 'tmpdir'

def t(label)
  r = yield
  puts "#{label}: #{r.inspect}"
rescue Exception => e
  puts "#{label}: #{e.class}: #{e.message}"
end

Dir.mktmpdir do |dir|
  path = File.join(dir, "store.yml")
  y = YAML::Store.new(path)
  t(:write) { y.transaction { y["people"] = [{ "name" => "a", "age" => 3 }]; y[:sym] = "v"; y["n"] = nil } }
  puts File.read(path)
  t(:read) { y.transaction(true) { [y["people"], y[:sym], y.roots] } }
  t(:abort) { y.transaction { y["people"] = []; y.abort }; y.transaction(true) { y["people"].size } }
  y2 = YAML::Store.new(path, indentation: 2)
  t(:options) { y2.transaction { y2["x"] = { "k" => [1, { "deep" => true }] } } }
  puts File.read(path)
  File.write(path, "")
  t(:empty) { y.transaction { y.roots } }
  t(:superclass) { YAML::Store.superclass }
end
