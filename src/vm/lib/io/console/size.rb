# io/console/size: IO.console_size, the terminal's [rows, columns], and
# IO.default_console_size ($LINES/$COLUMNS or 25x80) when there is no terminal.
class IO
  def self.default_console_size
    [ENV["LINES"].to_i.nonzero? || 25, ENV["COLUMNS"].to_i.nonzero? || 80]
  end

  def self.console_size
    require "io/console"
    size = console&.winsize
    size && size.all?(&:positive?) ? size : default_console_size
  rescue SystemCallError
    default_console_size
  end
end
