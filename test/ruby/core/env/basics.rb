# ENV: reading, writing and deleting process environment variables.
ENV["MAGLEV_T1"] = "one"
p ENV["MAGLEV_T1"], ENV["MAGLEV_T1"].frozen?, ENV.key?("MAGLEV_T1"), ENV.include?("MAGLEV_NOPE")
p ENV.fetch("MAGLEV_T1"), ENV.fetch("MAGLEV_NOPE", "dflt"), ENV.fetch("MAGLEV_NOPE") { |k| k.downcase }
begin
  ENV.fetch("MAGLEV_NOPE")
rescue KeyError => e
  p e.message.lines.first.chomp, e.key
end
p ENV.to_h["MAGLEV_T1"], ENV.keys.include?("MAGLEV_T1"), ENV.values.include?("one")
p ENV.select { |k, _| k.match?(/\AMAGLEV_T\d\z/) }, ENV.map { |k, v| k if v == "one" }.compact
ENV.update("MAGLEV_T2" => "two")
p ENV.values_at("MAGLEV_T1", "MAGLEV_T2", "MAGLEV_NOPE"), ENV.slice("MAGLEV_T2", "MAGLEV_NOPE")
p ENV.delete("MAGLEV_T1"), ENV["MAGLEV_T1"], ENV.delete("MAGLEV_T1"), ENV.delete("MAGLEV_T1") { |k| "no #{k}" }
ENV["MAGLEV_T2"] = nil
p ENV.key?("MAGLEV_T2"), ENV.to_s, ENV.is_a?(Enumerable)
