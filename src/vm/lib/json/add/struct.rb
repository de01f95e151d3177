# json/add/struct: a named Struct as {"json_class": class, "v": values}.
require "json"

class Struct
  def self.json_create(object) = new(*object["v"])

  def as_json(*)
    name = self.class.name
    raise JSON::JSONError, "Only named structs are supported!" if name.to_s.empty?
    { JSON.create_id => name, "v" => values }
  end

  def to_json(*args) = as_json.to_json(*args)
end
