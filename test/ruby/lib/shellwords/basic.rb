require 'shellwords'

[
  %q{one two  three},
  %q{a "b c" 'd e' f\ g},
  %q{"esc \" \\\\ \$x \a" 'it''s'},
  %q{mixed"quo"ted'par'ts},
  %q{  leading and trailing  },
  %q{back\\slash \n},
  "new\\\nline",
  %q{""},
  %q{a '' b},
].each { |line| p line.shellsplit }
begin
  Shellwords.split(%q{"unterminated})
rescue ArgumentError => e
  p e.message
end
begin
  Shellwords.split(%q{it's})
rescue ArgumentError => e
  p e.message
end
p Shellwords.escape("It's a \"test\" & more; $HOME"), Shellwords.escape(""), Shellwords.escape("a\nb")
p Shellwords.escape("safe-_.,:+/@chars"), "é x".shellescape
p ["ls", "-l", "my file", "it's"].shelljoin, Shellwords.join(["a b", "c"])
p Shellwords.shellwords("x y"), Shellwords.escape(42)
