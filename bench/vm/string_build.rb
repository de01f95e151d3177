# String building: interpolation, <<, +, format, join, and a few String methods.
total_len = 0
digest = 0
600_000.times do |i|
  s = "item #{i}: #{i * 2} (#{i % 7 == 0 ? 'seven' : 'other'})"
  total_len += s.length
  digest = (digest * 33 + s.getbyte(s.length - 2)) & 0xffffff
end

buf = +""
900_000.times do |i|
  buf << "x" << i.to_s << ","
end
total_len += buf.length

parts = []
300_000.times { |i| parts << ("k" + i.to_s + "=" + (i * 3).to_s) }
joined = parts.join("&")
total_len += joined.length

fmt = 0
300_000.times { |i| fmt += format("%05d|%-6s|%.2f", i, "ab", i / 3.0).length }

up = 0
150_000.times { |i| up += "hello world #{i}".upcase.reverse.sub("DLROW", "ruby").length }

puts total_len
puts digest
puts fmt
puts up
