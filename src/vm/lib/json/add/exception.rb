# json/add/exception: an Exception as {"json_class": class, "m": message, "b": backtrace}.
require "json"

class Exception
  def self.json_create(object)
    e = new(object["m"])
    e.set_backtrace(object["b"])
    e
  end

  def as_json(*) = { JSON.create_id => self.class.name, "m" => message, "b" => backtrace }

  def to_json(*args) = as_json.to_json(*args)
end
