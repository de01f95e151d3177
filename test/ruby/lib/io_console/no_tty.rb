require 'io/console'
def t
  p yield
rescue SystemCallError => e
  p e
end
t { STDIN.winsize }
t { STDIN.raw {} }
t { STDIN.echo = false }
t { STDIN.noecho {} }
t { STDIN.echo? }
t { STDIN.getch }
t { STDIN.console_mode }
t { STDIN.cooked {} }
t { STDIN.raw! }
t { STDIN.cooked! }
t { STDIN.winsize = [1, 2] }
t { STDIN.iflush }
t { STDIN.ioflush }
t { STDOUT.oflush }
File.open(__FILE__) { |f| t { f.winsize } }
p STDOUT.respond_to?(:winsize=), STDIN.respond_to?(:getpass)
require 'io/console/size'
ENV.delete("LINES"); ENV.delete("COLUMNS")
p IO.default_console_size
ENV["LINES"] = "40"; ENV["COLUMNS"] = "132"
p IO.default_console_size
