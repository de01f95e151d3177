require 'digest'

inputs = ["", "abc", "The quick brown fox jumps over the lazy dog", "a" * 55, "b" * 56, "c" * 64, "d" * 119, "e" * 200, "héllo wörld"]
[Digest::MD5, Digest::SHA1, Digest::SHA256, Digest::SHA384, Digest::SHA512].each do |klass|
  puts klass.name
  inputs.each { |s| puts klass.hexdigest(s) }
  p klass.digest("abc").bytesize, klass.base64digest("abc")
end
d = Digest::SHA256.new
d << "ab"
d.update("c")
p d.hexdigest == Digest::SHA256.hexdigest("abc"), d.to_s.size
p d.hexdigest!, d.hexdigest
md5 = Digest::MD5.new
md5 << "x"
p md5 == Digest::MD5.hexdigest("x"), md5.inspect
p Digest::SHA1.new.update("a").digest.unpack1("H*")
p Digest::MD5.new.length, Digest::SHA256.new.block_length
p Digest(:SHA256) == Digest::SHA256
