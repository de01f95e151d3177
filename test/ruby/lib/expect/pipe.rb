# IO#expect on a pipe: String and Regexp patterns with captures, timeout and end of file
# (the text read waits for the next call), the block form, $expect_verbose echo.
require 'expect'
r, w = IO.pipe
w.write "login: user\nPassword: secret\n$ "
p r.expect("login:")
p r.expect(/Pass(\w+):/, 1)
p r.expect(/\$ /)
r.expect("x", 0.2) { |res| p [:block, res] }
w.write "more"
w.close
p r.expect("zz", 1)
p r.instance_variable_get(:@unusedBuf)
p r.expect("more")
begin
  r.expect(5)
rescue TypeError => e
  p e
end
r2, w2 = IO.pipe
w2.write "abc"
$expect_verbose = true
p r2.expect("bc")
$expect_verbose = false
