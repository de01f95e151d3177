# public_send passes keyword arguments on as keywords, like send.
class C
  def g(*a, **kw) = [a, kw]
end
c = C.new
o = {v: 1}
p c.public_send(:g, 1, **o), c.public_send(:g, 1, v: 2), c.public_send(:g, 1, {v: 3})
p c.send(:g, 1, **o), c.public_send(:g, 1, **{})
require 'fileutils'
Dir.mkdir("tmp_pk") unless Dir.exist?("tmp_pk")
FileUtils::DryRun.rm_rf("tmp_pk")
p Dir.exist?("tmp_pk")
FileUtils::NoWrite.touch("tmp_pk/x")
p File.exist?("tmp_pk/x")
Dir.rmdir("tmp_pk")
