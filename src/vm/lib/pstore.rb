# pstore: PStore, a Hash of roots kept in one file as Marshal data, read and written
# only inside transaction { |store| ... } (an exclusive flock for read-write, shared for
# read-only). The file is rewritten at the end of a transaction only when its bytes
# changed (size or checksum); abort / an exception leaves it as it was. Subclasses
# (yaml/store) override dump / load / empty_marshal_data / empty_marshal_checksum.
require "digest"

class PStore
  VERSION = "0.1.1"

  RDWR_ACCESS = { mode: IO::RDWR | IO::CREAT | IO::BINARY, encoding: Encoding::ASCII_8BIT }.freeze
  RD_ACCESS = { mode: IO::RDONLY | IO::BINARY, encoding: Encoding::ASCII_8BIT }.freeze
  WR_ACCESS = { mode: IO::WRONLY | IO::CREAT | IO::TRUNC | IO::BINARY, encoding: Encoding::ASCII_8BIT }.freeze

  class Error < StandardError; end

  attr_accessor :ultra_safe

  def initialize(file, thread_safe = false)
    dir = File.dirname(file)
    raise PStore::Error, format("directory %s does not exist", dir) unless File.directory?(dir)
    if File.exist?(file) && !File.readable?(file)
      raise PStore::Error, format("file %s not readable", file)
    end
    @filename = file
    @abort = false
    @ultra_safe = false
    @thread_safe = thread_safe
    @lock = Thread::Mutex.new
  end

  def [](name)
    in_transaction
    @table[name]
  end

  def fetch(name, default = PStore::Error)
    in_transaction
    return @table[name] if @table.key?(name)
    raise PStore::Error, format("undefined root name `%s'", name) if default == PStore::Error
    default
  end

  def []=(name, value)
    in_transaction_wr
    @table[name] = value
  end

  def delete(name)
    in_transaction_wr
    @table.delete(name)
  end

  def roots
    in_transaction
    @table.keys
  end

  def root?(name)
    in_transaction
    @table.key?(name)
  end

  def path = @filename

  # Ends the transaction now, keeping its changes.
  def commit
    in_transaction
    @abort = false
    throw :pstore_abort_transaction
  end

  # Ends the transaction now, dropping its changes.
  def abort
    in_transaction
    @abort = true
    throw :pstore_abort_transaction
  end

  def transaction(read_only = false)
    enter_transaction
    value = nil
    begin
      @rdonly = read_only
      @abort = false
      file = open_and_lock_file(@filename, read_only)
      if file
        begin
          @table, checksum, size = load_data(file, read_only)
          catch(:pstore_abort_transaction) { value = yield(self) }
          save_data(checksum, size, file) if !@abort && !read_only
        ensure
          file.close
        end
      else
        @table = {}
        catch(:pstore_abort_transaction) { value = yield(self) }
      end
    ensure
      @lock.unlock
    end
    value
  end

  private

  CHECKSUM_ALGO = Digest::SHA512
  EMPTY_MARSHAL_DATA = Marshal.dump({})
  EMPTY_MARSHAL_CHECKSUM = CHECKSUM_ALGO.digest(EMPTY_MARSHAL_DATA)

  def in_transaction
    raise PStore::Error, "not in transaction" unless @lock.locked?
  end

  def in_transaction_wr
    in_transaction
    raise PStore::Error, "in read-only transaction" if @rdonly
  end

  # A second transaction of this thread is an error; with thread_safe other threads wait.
  def enter_transaction
    if @thread_safe
      begin
        @lock.lock
      rescue ThreadError
        raise PStore::Error, "nested transaction"
      end
    else
      raise PStore::Error, "nested transaction" unless @lock.try_lock
    end
  end

  # The locked file, or nil for a read-only transaction on a file that does not exist.
  def open_and_lock_file(filename, read_only)
    if read_only
      begin
        file = File.new(filename, **RD_ACCESS)
      rescue Errno::ENOENT
        return nil
      end
      lock_or_close(file, File::LOCK_SH)
    else
      lock_or_close(File.new(filename, **RDWR_ACCESS), File::LOCK_EX)
    end
  end

  def lock_or_close(file, how)
    file.flock(how)
    file
  rescue StandardError
    file.close
    raise
  end

  # [table, checksum, size] of what the file holds (read-only: just the table).
  def load_data(file, read_only)
    if read_only
      begin
        table = load(file)
      rescue EOFError
        return {}
      end
      raise Error, "PStore file seems to be corrupted." unless table.is_a?(Hash)
      return table
    end
    data = file.read
    return [{}, empty_marshal_checksum, empty_marshal_data.bytesize] if data.empty?
    table = load(data)
    raise Error, "PStore file seems to be corrupted." unless table.is_a?(Hash)
    [table, CHECKSUM_ALGO.digest(data), data.bytesize]
  end

  def save_data(original_checksum, original_size, file)
    data = dump(@table)
    return if data.bytesize == original_size && CHECKSUM_ALGO.digest(data) == original_checksum
    if @ultra_safe
      save_by_rename(data)
    else
      file.rewind
      file.write(data)
      file.truncate(data.bytesize)
    end
  end

  # ultra_safe: the new contents go to a temporary file renamed over the old one.
  def save_by_rename(data)
    tmp = "#{@filename}.tmp.#{Process.pid}.#{rand(1_000_000)}"
    f = File.new(tmp, **WR_ACCESS)
    begin
      f.flock(File::LOCK_EX)
      f.write(data)
      f.flush
      File.rename(tmp, @filename)
    rescue StandardError
      File.unlink(tmp) rescue nil
      raise
    ensure
      f.close
    end
  end

  def dump(table) = Marshal.dump(table)

  def load(content) = Marshal.load(content)

  def empty_marshal_data = EMPTY_MARSHAL_DATA

  def empty_marshal_checksum = EMPTY_MARSHAL_CHECKSUM
end
