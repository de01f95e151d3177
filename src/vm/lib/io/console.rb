# io/console: terminal control on IO: winsize/winsize=, raw/raw!, cooked/cooked!,
# noecho, echo=/echo?, getch, getpass, console_mode, iflush/oflush/ioflush, beep, and
# IO.console (the process's /dev/tty). The termios and ioctl calls are
# Maglev::Console's (core/console.cc); failures raise Errno as in CRuby, the
# direct calls naming the stream ("<STDIN>") and the block forms not.
class IO
  def winsize
    __console_check(Maglev::Console.winsize(fileno), true)
  end

  def winsize=(size)
    rows, cols, xpixels, ypixels = size
    __console_check(Maglev::Console.set_winsize(fileno, rows, cols, xpixels || 0, ypixels || 0), true)
  end

  def raw(min: nil, time: nil, intr: nil)
    __console_with(intr ? :raw_intr : :raw) { yield self }
  end

  def raw!(min: nil, time: nil, intr: nil)
    __console_check(Maglev::Console.switch(fileno, intr ? :raw_intr : :raw), true)
    self
  end

  def cooked
    __console_with(:cooked) { yield self }
  end

  def cooked!
    __console_check(Maglev::Console.switch(fileno, :cooked), true)
    self
  end

  def noecho
    __console_with(:noecho) { yield self }
  end

  def echo=(on)
    __console_check(Maglev::Console.switch(fileno, on ? :echo : :noecho), true)
  end

  def echo?
    __console_check(Maglev::Console.echo?(fileno), true)
  end

  def console_mode
    __console_check(Maglev::Console.mode(fileno), true)
  end

  def console_mode=(mode)
    __console_check(Maglev::Console.set_mode(fileno, mode), true)
  end

  def getch(min: nil, time: nil, intr: nil)
    raw(intr: intr) { getc }
  end

  def getpass(prompt = nil)
    $stderr.print(prompt) if prompt
    line = noecho { gets }
    $stderr.puts
    line&.chomp
  end

  def iflush
    __console_check(Maglev::Console.flush(fileno, :in), true)
    self
  end

  def oflush
    __console_check(Maglev::Console.flush(fileno, :out), true)
    self
  end

  def ioflush
    __console_check(Maglev::Console.flush(fileno, :both), true)
    self
  end

  def beep
    write("\a")
    self
  end

  # The controlling terminal, opened once ("/dev/tty"); nil without one.
  # IO.console(:close) closes it.
  def self.console(op = nil, *)
    if op == :close
      @__console&.close
      @__console = nil
      return nil
    end
    return @__console if @__console && !@__console.closed?
    @__console = File.open("/dev/tty", "r+")
  rescue SystemCallError
    nil
  end

  private

  # Runs the block in console mode `how`, restoring the previous mode after.
  def __console_with(how)
    saved = __console_check(Maglev::Console.mode(fileno), false)
    __console_check(Maglev::Console.switch(fileno, how), false)
    begin
      yield
    ensure
      Maglev::Console.set_mode(fileno, saved)
    end
  end

  # result, or the Errno it stands for (an Integer) raised.
  def __console_check(result, name_stream)
    return result unless result.is_a?(Integer)
    raise SystemCallError.new(nil, result) unless name_stream
    label = {0 => "<STDIN>", 1 => "<STDOUT>", 2 => "<STDERR>"}[fileno]
    label ||= respond_to?(:path) ? path : "fd #{fileno}"
    raise SystemCallError.new(label, result)
  end
end
