# base64: Base64 encoding and decoding (RFC 2045 with line breaks, RFC 4648 strict and
# URL-safe), on top of pack("m").
module Base64
  module_function

  def encode64(bin)
    [bin].pack("m")
  end

  def decode64(str)
    str.unpack1("m")
  end

  def strict_encode64(bin)
    [bin].pack("m0")
  end

  def strict_decode64(str)
    unless str.length % 4 == 0 && str.match?(%r{\A[A-Za-z0-9+/]*={0,2}\z})
      raise ArgumentError, "invalid base64"
    end
    str.unpack1("m")
  end

  def urlsafe_encode64(bin, padding: true)
    str = strict_encode64(bin)
    str.chomp!("==") or str.chomp!("=") unless padding
    str.tr!("+/", "-_")
    str
  end

  def urlsafe_decode64(str)
    if !str.end_with?("=") && str.length % 4 != 0
      str = str.ljust((str.length + 3) & ~3, "=")
      str.tr!("-_", "+/")
    else
      str = str.tr("-_", "+/")
    end
    strict_decode64(str)
  end
end
