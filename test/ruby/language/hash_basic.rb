h = { "one" => 1, "two" => 2 }
h["three"] = 3
p h
p h.size
p h["two"]
p h.fetch("one")
p h.key?("two")
p h.value?(3)
p h.keys
p h.values
h.delete("one")
p h
h.each { |k, v| puts "#{k}=#{v}" }
h.each_pair { |k, v| puts "#{k}:#{v}" }
p h.map { |k, v| [k.upcase, v * 10] }.to_h
p h.to_a
p h.select { |k, v| v > 2 }
p h.reject { |k, v| v > 2 }
p h.min_by { |k, v| v }
p h.sort_by { |k, v| -v }
p h.sum { |k, v| v }
p h.count
p h.empty?
p({}.empty?)
h.clear
p h
