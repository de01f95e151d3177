# fileutils: the common FileUtils commands (pwd, cd, mkdir/mkdir_p, rmdir, rm/rm_f/rm_r/
# rm_rf, touch, cp/cp_r, mv, compare_file) over File and Dir, with CRuby's noop: and
# verbose: options (verbose writes the shell-like command to $stdout, as CRuby 3.1's fileutils does).
module FileUtils
  module_function

  def pwd = Dir.pwd

  def cd(dir, verbose: nil, &blk)
    fu_output("cd #{dir}") if verbose
    Dir.chdir(dir, &blk)
  end
  alias chdir cd
  module_function :chdir

  def mkdir(list, mode: nil, noop: nil, verbose: nil)
    list = fu_list(list)
    fu_output("mkdir #{mode ? "-m #{format('%03o', mode)} " : ''}#{list.join(' ')}") if verbose
    return if noop
    list.each { |d| mode ? Dir.mkdir(d, mode) : Dir.mkdir(d) }
  end

  def mkdir_p(list, mode: nil, noop: nil, verbose: nil)
    list = fu_list(list)
    fu_output("mkdir -p #{mode ? "-m #{format('%03o', mode)} " : ''}#{list.join(' ')}") if verbose
    return list if noop
    list.each do |path|
      next if File.directory?(path)
      stack = []
      p = path.chomp("/")
      until p.empty? || File.directory?(p)
        stack.unshift(p)
        parent = File.dirname(p)
        break if parent == p
        p = parent
      end
      stack.each do |d|
        Dir.mkdir(d)
      rescue SystemCallError
        raise unless File.directory?(d)
      end
    end
    list
  end
  alias makedirs mkdir_p
  alias mkpath mkdir_p
  module_function :makedirs, :mkpath

  def rmdir(list, parents: nil, noop: nil, verbose: nil)
    list = fu_list(list)
    fu_output("rmdir #{parents ? '-p ' : ''}#{list.join(' ')}") if verbose
    return if noop
    list.each do |d|
      Dir.rmdir(d)
      next unless parents
      loop do
        d = File.dirname(d)
        break if d == "." || d == "/"
        begin
          Dir.rmdir(d)
        rescue SystemCallError
          break
        end
      end
    end
  end

  def rm(list, force: nil, noop: nil, verbose: nil)
    list = fu_list(list)
    fu_output("rm#{force ? ' -f' : ''} #{list.join(' ')}") if verbose
    return if noop
    list.each do |f|
      File.delete(f)
    rescue SystemCallError
      raise unless force
    end
  end
  alias remove rm
  module_function :remove

  def rm_f(list, noop: nil, verbose: nil)
    rm(list, force: true, noop: noop, verbose: verbose)
  end
  alias safe_unlink rm_f
  module_function :safe_unlink

  def rm_r(list, force: nil, noop: nil, verbose: nil, secure: nil)
    list = fu_list(list)
    fu_output("rm -r#{force ? 'f' : ''} #{list.join(' ')}") if verbose
    return if noop
    list.each do |path|
      remove_entry(path, force)
    end
  end

  def rm_rf(list, noop: nil, verbose: nil, secure: nil)
    rm_r(list, force: true, noop: noop, verbose: verbose)
  end
  alias rmtree rm_rf
  module_function :rmtree

  def remove_entry(path, force = false)
    if File.directory?(path) && !File.symlink?(path)
      Dir.children(path).each { |c| remove_entry(File.join(path, c), force) }
      Dir.rmdir(path)
    else
      File.delete(path)
    end
  rescue SystemCallError
    raise unless force
  end
  alias remove_entry_secure remove_entry
  module_function :remove_entry_secure

  def remove_dir(path, force = false)
    remove_entry(path, force)
  end

  def remove_file(path, force = false)
    File.delete(path)
  rescue SystemCallError
    raise unless force
  end

  def touch(list, noop: nil, verbose: nil, mtime: nil, nocreate: nil)
    list = fu_list(list)
    fu_output("touch #{nocreate ? '-c ' : ''}#{list.join(' ')}") if verbose
    return if noop
    list.each do |f|
      next if nocreate && !File.exist?(f)
      File.open(f, "a") { }
    end
  end

  def cp(src, dest, preserve: nil, noop: nil, verbose: nil)
    list = fu_list(src)
    fu_output("cp#{preserve ? ' -p' : ''} #{list.join(' ')} #{dest}") if verbose
    return if noop
    list.each { |s| copy_file(s, fu_dest(s, dest)) }
  end
  alias copy cp
  module_function :copy

  def copy_file(src, dest, preserve = false, dereference = true)
    File.binwrite(dest, File.binread(src))
  end

  def cp_r(src, dest, preserve: nil, noop: nil, verbose: nil, dereference_root: true, remove_destination: nil)
    list = fu_list(src)
    fu_output("cp -r#{preserve ? 'p' : ''} #{list.join(' ')} #{dest}") if verbose
    return if noop
    list.each { |s| copy_entry(s, fu_dest(s, dest)) }
  end

  def copy_entry(src, dest, preserve = false, dereference_root = false, remove_destination = false)
    if File.directory?(src)
      Dir.mkdir(dest) unless File.directory?(dest)
      Dir.children(src).each { |c| copy_entry(File.join(src, c), File.join(dest, c)) }
    else
      copy_file(src, dest)
    end
  end

  def mv(src, dest, force: nil, noop: nil, verbose: nil, secure: nil)
    list = fu_list(src)
    fu_output("mv#{force ? ' -f' : ''} #{list.join(' ')} #{dest}") if verbose
    return if noop
    list.each do |s|
      d = fu_dest(s, dest)
      if File.directory?(d) && File.directory?(s)
        raise Errno::EEXIST.new(d) unless Dir.empty?(d)
        Dir.rmdir(d)
      end
      File.rename(s, d)
    rescue SystemCallError
      raise unless force
    end
  end
  alias move mv
  module_function :move

  def compare_file(a, b)
    File.binread(a) == File.binread(b)
  end
  alias identical? compare_file
  alias cmp compare_file
  module_function :identical?, :cmp

  def uptodate?(new, old_list)
    return false unless File.exist?(new)
    t = File.mtime(new)
    old_list.all? { |o| !File.exist?(o) || File.mtime(o) < t }
  end

  def fu_list(x)
    [x].flatten.map { |p| p.respond_to?(:to_path) ? p.to_path : p.to_str }
  end
  private_class_method :fu_list

  def fu_dest(src, dest)
    dest = dest.respond_to?(:to_path) ? dest.to_path : dest.to_str
    File.directory?(dest) ? File.join(dest, File.basename(src)) : dest
  end
  private_class_method :fu_dest

  def fu_output(msg)
    $stdout.puts(msg)
  end
  private_class_method :fu_output

  # Defines in mod every FileUtils command, forwarding with the options of `forced` set
  # wherever the command takes them: FileUtils::Verbose, NoWrite and DryRun.
  def self.fu_forward_with(mod, forced)
    singleton_methods(false).each do |m|
      next if m.to_s.start_with?("fu_")
      params = method(m).parameters
      set = forced.select { |key, _| params.any? { |_, n| n == key } }
      mod.send(:define_method, m) do |*args, **kw, &blk|
        FileUtils.public_send(m, *args, **kw.merge(set), &blk)
      end
      mod.send(:module_function, m)
    end
  end
  private_class_method :fu_forward_with

  module Verbose; end
  module NoWrite; end
  module DryRun; end
  fu_forward_with(Verbose, verbose: true)
  fu_forward_with(NoWrite, noop: true)
  fu_forward_with(DryRun, noop: true, verbose: true)
end
