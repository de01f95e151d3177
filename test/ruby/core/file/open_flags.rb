# File.open with open(2) flags: RDWR|CREAT keeps the contents, APPEND appends, TRUNC
# truncates, EXCL refuses an existing file, the permission applies to a new file; the
# flags are File::Constants, which IO includes (IO::RDWR).
require 'tmpdir'

Dir.mktmpdir do |dir|
  path = File.join(dir, "f.txt")
  File.write(path, "hello")
  File.open(path, File::RDWR | File::CREAT) { |f| p f.read; f.rewind; f.write("J") }
  p File.read(path)
  File.open(path, File::WRONLY | File::APPEND) { |f| f.write("!") }
  p File.read(path)
  File.open(path, IO::RDWR | IO::APPEND) { |f| f.write("z"); f.rewind; p f.read }
  File.open(path, File::WRONLY | File::TRUNC) { |f| f.write("x") }
  p File.read(path)
  begin
    File.open(path, File::WRONLY | File::CREAT | File::EXCL)
  rescue SystemCallError => e
    p e.class
  end
  File.delete(path)
  begin
    File.open(path, File::RDWR)
  rescue SystemCallError => e
    p e.class
  end
  File.open(path, File::CREAT | File::WRONLY, 0o600) { |f| f << "a"; p f.external_encoding }
  p (File.stat(path).mode & 0o777).to_s(8)
  File.open(path, File::RDONLY) { |f| p f.read }
  File.open(path, mode: File::RDWR | File::BINARY) { |f| p f.read }
end
p IO::RDWR, IO::CREAT, File::LOCK_EX, File::NULL
p IO.ancestors.take(2), File::Constants.constants.size
p IO.include?(File::Constants), File::Constants::SYNC
