require 'base64'

["", "a", "ab", "abc", "hello world", "\xff\xfe\x00binary".b, "x" * 100].each do |s|
  e = Base64.encode64(s)
  p e, Base64.strict_encode64(s), Base64.urlsafe_encode64(s), Base64.urlsafe_encode64(s, padding: false)
  p Base64.decode64(e) == s, Base64.strict_decode64(Base64.strict_encode64(s)) == s.b
end
p Base64.urlsafe_decode64("_-8"), Base64.decode64("aGVsbG8=\n"), Base64.decode64("!!aGk")
begin
  Base64.strict_decode64("aGk")
rescue ArgumentError => e
  p e.message
end
