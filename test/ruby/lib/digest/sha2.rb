# digest/sha2 and friends: the files CRuby ships per algorithm, and Digest::SHA2's
# bit lengths, incremental use, copies, inspect and errors.
require "digest/sha2"
require "digest/md5"
require "digest/sha1"

[256, 384, 512].each do |bits|
  d = Digest::SHA2.new(bits)
  d << "hello "
  d.update("world")
  p [bits, d.block_length, d.digest_length, d.size]
  puts d.hexdigest
  puts d.inspect
  e = d.dup
  e << "!"
  p [d.hexdigest == Digest::SHA2.new(bits).update("hello world").hexdigest, e == d]
  p d == Digest.const_get("SHA#{bits}").hexdigest("hello world")
  d.reset
  puts d.hexdigest
end
puts Digest::SHA2.hexdigest("abc")
puts Digest::SHA2.new.to_s
puts Digest::SHA2.base64digest("abc")
begin
  Digest::SHA2.new(128)
rescue ArgumentError => e
  puts "#{e.class}: #{e.message}"
end
puts Digest::MD5.hexdigest("abc"), Digest::SHA1.hexdigest("abc")
p Digest::SHA2.ancestors.include?(Digest::Instance)
