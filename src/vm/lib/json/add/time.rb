# json/add/time: Time as {"json_class": "Time", "s": seconds, "n": nanoseconds} (an old
# "u": microseconds is read too).
require "json"

class Time
  def self.json_create(object)
    if (usec = object.delete("u"))
      object["n"] = usec * 1000
    end
    at(object["s"], Rational(object["n"], 1000))
  end

  def as_json(*) = { JSON.create_id => self.class.name, "s" => tv_sec, "n" => tv_nsec }

  def to_json(*args) = as_json.to_json(*args)
end
