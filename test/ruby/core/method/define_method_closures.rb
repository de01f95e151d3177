class Settings
  DEFAULTS = { host: "localhost", port: 8080, debug: false }
  DEFAULTS.each do |key, default|
    define_method(key) { instance_variable_get("@#{key}") || default }
    define_method("#{key}=") { |v| instance_variable_set("@#{key}", v) }
    define_method("#{key}?") { !!send(key) }
  end
end
s = Settings.new
p s.host, s.port, s.debug?
s.port = 9090
s.debug = true
p s.port, s.debug?
p Settings.public_instance_methods(false).sort
r = Settings.send(:define_method, :all) { [host, port, debug] }
p r
p s.all
counter = 0
Settings.define_method(:tick) { counter += 1 }
s.tick
s.tick
p counter
