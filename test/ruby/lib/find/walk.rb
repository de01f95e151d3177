require 'find'
require 'tmpdir'
require 'fileutils'
Dir.mktmpdir do |d|
  Dir.chdir(d) do
    FileUtils.mkdir_p(["t/a/b", "t/c", "t/empty"])
    %w[t/a/x t/a/b/y t/c/z t/top t/B].each { |f| File.write(f, "") }
    system("ln", "-s", "a", "t/lnk")
    Find.find("t") { |f| p f }
    Find.find("t") { |f| Find.prune if f == "t/a"; p f }
    Find.find("t/c", "t/top") { |f| p f }
    p Find.find("t").to_a.size, Find.find("t").class
    p Find.find("t/a").select { |f| File.file?(f) }
    begin
      Find.find("t/nothing") { }
    rescue => e
      p e.class
    end
    Find.find("t/top") { |f| p [f, f.frozen?] }
  end
end
p Find.respond_to?(:find), Find.private_instance_methods.sort
