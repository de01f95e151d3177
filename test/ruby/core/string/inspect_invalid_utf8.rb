# String#inspect of UTF-8 strings with invalid sequences: surrogates, overlong forms and
# code points past U+10FFFF show as \x escapes; valid characters stay as they are.
[[0xD800].pack("U"), [0xDFFF].pack("U"), "\xC0\xAF", "\xE0\x80\xAF", "\xF4\x90\x80\x80",
 "\xF0\x90\x80\x80", "é\xED\xA0\x80é", "\xC2\x80", "\xF8\x88\x80\x80\x80"].each do |s|
  s = s.dup.force_encoding("UTF-8")
  p s
  puts s.inspect.valid_encoding?
end
