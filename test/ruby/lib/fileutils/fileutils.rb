# FileUtils: mkdir_p, touch, cp, cp_r, mv, rm, rm_rf, compare_file, with noop:.
require 'fileutils'
root = "fu_test_dir"
FileUtils.rm_rf(root)
p FileUtils.mkdir_p("#{root}/a/b/c")
p File.directory?("#{root}/a/b/c")
FileUtils.touch("#{root}/a/one.txt")
File.write("#{root}/a/two.txt", "two")
FileUtils.cp("#{root}/a/two.txt", "#{root}/a/b")
p File.read("#{root}/a/b/two.txt"), FileUtils.compare_file("#{root}/a/two.txt", "#{root}/a/b/two.txt")
FileUtils.cp_r("#{root}/a", "#{root}/copy")
p Dir.glob("#{root}/copy/**/*").sort
FileUtils.mv("#{root}/a/one.txt", "#{root}/a/uno.txt")
p File.exist?("#{root}/a/one.txt"), File.exist?("#{root}/a/uno.txt")
FileUtils.rm("#{root}/a/uno.txt")
FileUtils.rm_f("#{root}/a/missing.txt")
begin
  FileUtils.rm("#{root}/a/missing.txt")
rescue Errno::ENOENT => e
  p e.class
end
FileUtils.mkdir("#{root}/m", noop: true)
p File.exist?("#{root}/m")
FileUtils.cd(root) { p Dir.children(".").sort }
FileUtils.rm_r("#{root}/copy")
p Dir.children(root).sort
FileUtils.rm_rf(root)
p File.exist?(root)
