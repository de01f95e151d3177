# tmpdir: Dir.tmpdir ($TMPDIR or /tmp) and Dir.mktmpdir (a fresh directory, removed
# after the block when one is given).
require 'fileutils'

class Dir
  def self.tmpdir
    t = ENV["TMPDIR"]
    t && !t.empty? && File.directory?(t) ? File.expand_path(t) : "/tmp"
  end

  # "prefix" + date, pid and a random part + "suffix" (prefix_suffix: a String or an
  # Array [prefix, suffix]).
  def self.__tmpname(prefix_suffix, dir)
    prefix, suffix = prefix_suffix.is_a?(Array) ? prefix_suffix : [prefix_suffix, ""]
    t = Time.now.strftime("%Y%m%d")
    File.join(dir, "#{prefix}#{t}-#{$$}-#{rand(0x100000000).to_s(36)}#{suffix}")
  end

  def self.mktmpdir(prefix_suffix = "d", tmpdir = nil, **_opts)
    path = nil
    10.times do
      path = __tmpname(prefix_suffix || "d", tmpdir || Dir.tmpdir)
      Dir.mkdir(path, 0o700)
      break
    rescue Errno::EEXIST
      path = nil
    end
    raise Errno::EEXIST.new("cannot generate temporary name") unless path
    return path unless block_given?
    begin
      yield path.dup
    ensure
      FileUtils.rm_rf(path) if File.directory?(path)
    end
  end
end
