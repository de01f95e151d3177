# find: Find.find walks file trees depth first, yielding each path, a folder before its
# entries (sorted by name) and never following symbolic links; Find.prune inside the
# block skips what is below the path just yielded. Entries that vanish or cannot be
# read are passed over, or raise with ignore_error: false. Without a block, an
# Enumerator.
module Find
  SKIPPED = [Errno::ENOENT, Errno::EACCES, Errno::ENOTDIR, Errno::ELOOP,
             Errno::ENAMETOOLONG, Errno::EINVAL].freeze
  private_constant :SKIPPED

  def find(*paths, ignore_error: true)
    return enum_for(:find, *paths, ignore_error: ignore_error) unless block_given?
    roots = paths.map do |path|
      path = path.to_path if path.respond_to?(:to_path)
      raise Errno::ENOENT, path unless File.exist?(path)
      path.dup
    end
    roots.each do |root|
      pending = [root]
      until pending.empty?
        path = pending.pop
        catch(:prune) do
          yield path.dup
          below = Find.__entries(path, ignore_error)
          below.sort.reverse_each { |name| pending.push(File.join(path, name)) }
        end
      end
    end
    nil
  end

  # Skips the entries below the path the block was just given.
  def prune
    throw :prune
  end

  module_function :find, :prune

  # The names in folder `path` (none when it is not a folder, or is unreadable and
  # errors are ignored).
  def self.__entries(path, ignore_error)
    return [] unless File.ftype(path) == "directory"
    Dir.children(path)
  rescue *SKIPPED
    raise unless ignore_error
    []
  end
end
