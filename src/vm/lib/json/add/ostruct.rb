# json/add/ostruct: a named OpenStruct as {"json_class": class, "t": its table}.
require "json"
require "ostruct"

class OpenStruct
  def self.json_create(object) = new(object["t"] || object[:t])

  def as_json(*)
    name = self.class.name
    raise JSON::JSONError, "Only named structs are supported!" if name.to_s.empty?
    { JSON.create_id => name, "t" => table }
  end

  def to_json(*args) = as_json.to_json(*args)
end
