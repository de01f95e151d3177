# json/add/date_time: DateTime as {"json_class": "DateTime", "y", "m", "d", "H", "M", "S",
# "of": the offset as a Rational string, "sg"}.
require "json"
require "date"

class DateTime
  def self.json_create(object)
    args = object.values_at("y", "m", "d", "H", "M", "S")
    num, den = object["of"].split("/")
    args << (den && den != "0" ? Rational(num.to_i, den.to_i) : num)
    args << object["sg"]
    civil(*args)
  end

  def as_json(*)
    { JSON.create_id => self.class.name, "y" => year, "m" => month, "d" => day,
      "H" => hour, "M" => min, "S" => sec, "of" => offset.to_s, "sg" => start }
  end

  def to_json(*args) = as_json.to_json(*args)
end
