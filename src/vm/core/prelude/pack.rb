# Array#pack and String#unpack/unpack1 over the native template engine in
# core/string_pack.cc. Loaded after array.rb so these definitions win.
class Array
  def pack(fmt, buffer: nil)
    s = __pack(fmt)
    return s unless buffer
    buffer << s
  end
end

class String
  def unpack(fmt, offset: 0)
    r = __unpack(fmt, false, offset)
    return r unless block_given?
    r.each { |x| yield x }
    nil
  end

  def unpack1(fmt, offset: 0)
    __unpack(fmt, true, offset)
  end
end
