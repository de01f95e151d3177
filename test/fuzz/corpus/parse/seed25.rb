"a" "#{b}"
__LINE__
::C = 2
a < b
begin; rescue; retry; end
private def f; end
catch(:t) { throw :t }
foo
  .bar
  &.baz
