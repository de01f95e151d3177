# Marshal: CRuby's binary format 4.8, so dump gives CRuby's bytes and load reads what
# CRuby writes: nil/true/false, Fixnum and Bignum, Float (shortest digits), Symbol with
# its symlinks, String/Regexp with their encoding ivars, Array, Hash (with default),
# Struct, Range, plain objects and their ivars, subclasses of core classes ('C'),
# extended objects ('e'), classes and modules, marshal_dump/marshal_load ('U') and
# _dump/_load ('u'), and object links ('@') for shared and cyclic references.
module Marshal
  MAJOR_VERSION = 4
  MINOR_VERSION = 8

  class << self
    def dump(obj, io = nil, limit = -1)
      if io.is_a?(Integer)
        limit = io
        io = nil
      end
      bytes = Dumper.new.dump(obj, limit)
      return bytes unless io
      raise TypeError, "instance of IO needed" unless io.respond_to?(:write)
      io.write(bytes)
      io
    end

    def load(source, proc = nil, freeze: false)
      data = if source.respond_to?(:to_str)
               source.to_str
             elsif source.respond_to?(:read)
               source.read
             else
               raise TypeError, "instance of IO needed"
             end
      Loader.new(data.b, proc, freeze).load
    end
    alias restore load
  end

  # Writes one object graph.
  class Dumper
    def initialize
      @out = "\x04\x08".b
      @symbols = {}
      @objects = {}.compare_by_identity
    end

    def dump(obj, limit)
      write_object(obj, limit)
      @out
    end

    private

    def byte(b)
      @out << (b & 0xff).chr
    end

    def long(n)
      if n.zero?
        byte(0)
      elsif n > 0 && n < 123
        byte(n + 5)
      elsif n < 0 && n > -124
        byte(n - 5)
      else
        bs = []
        x = n
        4.times do
          bs << (x & 0xff)
          x >>= 8
          break if (n >= 0 && x.zero?) || (n < 0 && x == -1)
        end
        byte(n >= 0 ? bs.size : -bs.size)
        bs.each { |b| byte(b) }
      end
    end

    def bytes(s)
      s = s.b
      long(s.bytesize)
      @out << s
    end

    def symbol(sym)
      if (i = @symbols[sym])
        byte(0x3b) # ;
        long(i)
        return
      end
      @symbols[sym] = @symbols.size
      name = sym.to_s
      enc = name.ascii_only? ? nil : encoding_ivar(name)
      byte(0x49) if enc # I
      byte(0x3a) # :
      bytes(name)
      if enc
        long(1)
        write_encoding(enc)
      end
    end

    # The encoding ivar CRuby writes for a String: [:E, true] for UTF-8, [:E, false]
    # for US-ASCII, [:encoding, name] for others; nil for binary.
    def encoding_ivar(s)
      e = s.encoding
      return nil if e == Encoding::ASCII_8BIT
      if e == Encoding::UTF_8 then [:E, true]
      elsif e == Encoding::US_ASCII then [:E, false]
      else [:encoding, e.name]
      end
    end

    def write_encoding(enc)
      symbol(enc[0])
      v = enc[1]
      if v == true then byte(0x54)
      elsif v == false then byte(0x46)
      else
        byte(0x22)
        bytes(v)
      end
    end

    def remember(obj)
      @objects[obj] = @objects.size
    end

    def class_name(obj, klass = obj.class)
      raise TypeError, "singleton can't be dumped" if !obj.singleton_methods.empty? && !obj.is_a?(Module)
      name = klass.name
      raise TypeError, "can't dump anonymous class #{klass}" if name.nil?
      name.to_sym
    end

    def write_object(obj, limit)
      raise ArgumentError, "exceed depth limit" if limit.zero?
      limit -= 1
      case obj
      when nil then return byte(0x30)
      when true then return byte(0x54)
      when false then return byte(0x46)
      when Integer
        if obj >= -(2**30) && obj < 2**30
          byte(0x69) # i
          return long(obj)
        end
      when Symbol then return symbol(obj)
      when Float
        remember(obj)
        byte(0x66) # f
        return bytes(float_text(obj))
      end
      if (i = @objects[obj])
        byte(0x40) # @
        return long(i)
      end
      if obj.is_a?(Rational) || obj.is_a?(Complex)
        remember(obj)
        byte(0x55) # U
        symbol(class_name(obj))
        pair = obj.is_a?(Rational) ? [obj.numerator, obj.denominator] : [obj.real, obj.imaginary]
        return write_object(pair, limit)
      end
      if obj.respond_to?(:marshal_dump, true)
        remember(obj)
        v = obj.__send__(:marshal_dump)
        byte(0x55) # U
        symbol(class_name(obj))
        return write_object(v, limit)
      end
      if obj.is_a?(Time)
        # CRuby's time_mdump: 8 packed bytes, then nano_num/nano_den/submicro/offset/zone
        # as ivars of those bytes
        s, extras = obj.__mdump
        byte(0x49)
        byte(0x75) # u
        symbol(class_name(obj))
        bytes(s)
        long(extras.size)
        extras.each do |k, v|
          symbol(k)
          write_object(v, limit)
        end
        return remember(obj)
      end
      if obj.respond_to?(:_dump, true)
        s = obj.__send__(:_dump, limit)
        raise TypeError, "_dump() must return string" unless s.is_a?(String)
        enc = encoding_ivar(s)
        byte(0x49) if enc
        byte(0x75) # u
        symbol(class_name(obj))
        bytes(s)
        if enc
          long(1)
          write_encoding(enc)
        end
        return remember(obj)
      end
      remember(obj)
      write_plain(obj, limit)
    end

    def write_plain(obj, limit)
      case obj
      when Integer then write_bignum(obj)
      when Class
        raise TypeError, "can't dump anonymous class #{obj}" if obj.name.nil?
        raise TypeError, "singleton class can't be dumped" if obj.singleton_class?
        byte(0x63) # c
        bytes(obj.name)
      when Module
        raise TypeError, "can't dump anonymous module #{obj}" if obj.name.nil?
        byte(0x6d) # m
        bytes(obj.name)
      when String
        ivars = string_ivars(obj)
        byte(0x49) unless ivars.empty?
        extended(obj)
        user_class(obj, String)
        byte(0x22) # "
        bytes(obj)
        write_ivars(ivars, limit)
      when Regexp
        ivars = obj.source.ascii_only? ? [[:E, false]] : string_ivars(obj.source)
        byte(0x49) unless ivars.empty?
        user_class(obj, Regexp)
        byte(0x2f) # /
        bytes(obj.source)
        byte(obj.options)
        write_ivars(ivars, limit)
      when Array
        extended(obj)
        user_class(obj, Array)
        byte(0x5b) # [
        long(obj.size)
        obj.each { |x| write_object(x, limit) }
      when Hash
        raise TypeError, "can't dump hash with default proc" if obj.default_proc
        extended(obj)
        user_class(obj, Hash)
        byte(obj.default.nil? ? 0x7b : 0x7d) # { or }
        long(obj.size)
        obj.each do |k, v|
          write_object(k, limit)
          write_object(v, limit)
        end
        write_object(obj.default, limit) unless obj.default.nil?
      when Struct
        extended(obj)
        byte(0x53) # S
        symbol(class_name(obj))
        long(obj.members.size)
        obj.members.each do |m|
          symbol(m)
          write_object(obj[m], limit)
        end
      when Range
        byte(0x6f) # o
        symbol(class_name(obj))
        long(3)
        symbol(:excl)
        write_object(obj.exclude_end?, limit)
        symbol(:begin)
        write_object(obj.begin, limit)
        symbol(:end)
        write_object(obj.end, limit)
      else
        if obj.is_a?(Proc) || obj.is_a?(Method) || obj.is_a?(UnboundMethod) || obj.is_a?(IO) ||
           obj.is_a?(Binding) || obj.is_a?(Thread) || obj.is_a?(Mutex) || obj.is_a?(Enumerator) ||
           obj.is_a?(Thread::Queue) || obj.is_a?(Fiber)
          raise TypeError, "no _dump_data is defined for class #{obj.class}"
        end
        extended(obj)
        byte(0x6f) # o
        symbol(class_name(obj))
        ivars = obj.instance_variables.reject { |n| n.to_s.start_with?("@__") }
        if obj.is_a?(Exception)
          # CRuby's exception fields, then its instance variables
          long(ivars.size + 2)
          symbol(:mesg)
          mesg = Exception.instance_method(:to_s).bind(obj).call
          write_object(mesg == obj.class.name ? nil : mesg, limit)
          symbol(:bt)
          write_object(obj.backtrace, limit)
        else
          long(ivars.size)
        end
        ivars.each do |n|
          symbol(n)
          write_object(obj.instance_variable_get(n), limit)
        end
      end
    end

    def string_ivars(s)
      enc = encoding_ivar(s)
      enc ? [enc] : []
    end

    def write_ivars(ivars, _limit)
      return if ivars.empty?
      long(ivars.size)
      ivars.each { |e| write_encoding(e) }
    end

    def extended(obj)
      mods = obj.singleton_class.included_modules - obj.class.ancestors
      mods.each do |m|
        byte(0x65) # e
        symbol(m.name.to_sym)
      end
    rescue TypeError
      nil
    end

    def user_class(obj, base)
      return if obj.class.equal?(base)
      byte(0x43) # C
      symbol(class_name(obj))
    end

    def write_bignum(n)
      byte(0x6c) # l
      byte(n < 0 ? 0x2d : 0x2b)
      m = n.abs
      bs = []
      while m > 0
        bs << (m & 0xff)
        m >>= 8
      end
      bs << 0 if bs.size.odd?
      long(bs.size / 2)
      bs.each { |b| byte(b) }
    end

    # CRuby's w_float: shortest round-trip digits, as "1.5", "1e20", "0.001", "1e-5".
    def float_text(f)
      return f > 0 ? "inf" : "-inf" if f.infinite?
      return "nan" if f.nan?
      return (1.0 / f) < 0 ? "-0" : "0" if f.zero?
      sign = f < 0 ? "-" : ""
      mant, exp = f.abs.to_s.split("e")
      int, frac = mant.split(".")
      digits = int + (frac || "")
      decpt = int.size + exp.to_i
      lead = digits[/\A0*/].size
      digits = digits[lead..]
      decpt -= lead
      digits = digits.sub(/0+\z/, "")
      digits = "0" if digits.empty?
      n = digits.size
      body = if decpt < -3 || decpt > n
               d = digits[0]
               d += ".#{digits[1..]}" if n > 1
               "#{d}e#{decpt - 1}"
             elsif decpt > 0
               n > decpt ? "#{digits[0, decpt]}.#{digits[decpt..]}" : digits
             else
               "0.#{'0' * -decpt}#{digits}"
             end
      sign + body
    end
  end

  # Reads one object graph.
  class Loader
    def initialize(data, proc, freeze)
      @data = data
      @pos = 0
      @proc = proc
      @freeze = freeze
      @symbols = []
      @objects = []
    end

    def load
      major = byte
      minor = byte
      if major != MAJOR_VERSION || minor > MINOR_VERSION
        raise TypeError, "incompatible marshal file format (can't be read)\n\tformat version #{MAJOR_VERSION}.#{MINOR_VERSION} required; #{major}.#{minor} given"
      end
      read_object
    end

    private

    def byte
      raise ArgumentError, "marshal data too short" if @pos >= @data.bytesize
      b = @data.getbyte(@pos)
      @pos += 1
      b
    end

    def long
      c = byte
      c -= 256 if c > 127
      return 0 if c.zero?
      if c > 0
        return c - 5 if c > 4
        x = 0
        c.times { |i| x |= byte << (8 * i) }
        x
      else
        return c + 5 if c < -4
        n = -c
        x = -1
        n.times do |i|
          x &= ~(0xff << (8 * i))
          x |= byte << (8 * i)
        end
        x
      end
    end

    def raw_bytes
      n = long
      raise ArgumentError, "marshal data too short" if @pos + n > @data.bytesize
      s = @data.byteslice(@pos, n)
      @pos += n
      s
    end

    def read_symbol
      case (t = byte)
      when 0x3a then new_symbol(raw_bytes)
      when 0x3b then @symbols.fetch(long) { raise ArgumentError, "bad symbol" }
      when 0x49
        raise ArgumentError, "dump format error (symlink with encoding)" unless byte == 0x3a
        s = raw_bytes
        idx = @symbols.size
        @symbols << nil
        long.times { apply_encoding(s, read_symbol, read_object_raw) }
        @symbols[idx] = s.to_sym
      else
        raise ArgumentError, "dump format error for symbol(0x#{t.to_s(16)})"
      end
    end

    def new_symbol(s)
      s.force_encoding(Encoding::US_ASCII) if s.ascii_only?
      sym = s.to_sym
      @symbols << sym
      sym
    end

    def apply_encoding(s, key, val)
      case key
      when :E then s.__set_encoding(val ? Encoding::UTF_8 : Encoding::US_ASCII)
      when :encoding then s.__set_encoding(val)
      else s.instance_variable_set(key, val) unless s.frozen?
      end
    end

    def remember(obj)
      @objects << obj
      obj
    end

    def path_to_class(name)
      name.to_s.split("::").inject(Object) { |m, c| m.const_get(c) }
    rescue NameError
      raise ArgumentError, "undefined class/module #{name}"
    end

    def read_object
      obj = read_object_raw
      obj = @proc.call(obj) if @proc
      obj
    end

    def finish(obj)
      obj.freeze if @freeze && !obj.is_a?(Module)
      obj
    end

    def read_object_raw
      t = byte
      case t
      when 0x30 then nil
      when 0x54 then true
      when 0x46 then false
      when 0x69 then long
      when 0x3a, 0x3b
        @pos -= 1
        read_symbol
      when 0x40 then @objects.fetch(long) { raise ArgumentError, "dump format error (unlinked)" }
      when 0x49
        return read_userdef(true) if @data.getbyte(@pos) == 0x75
        if @data.getbyte(@pos) == 0x3a
          @pos -= 1
          return read_symbol
        end
        obj = read_object_raw
        long.times do
          key = read_symbol
          val = read_object_raw
          if obj.is_a?(String)
            apply_encoding(obj, key, val)
          elsif obj.is_a?(Regexp)
            nil
          else
            obj.instance_variable_set(key, val)
          end
        end
        obj
      when 0x22 then finish(remember(raw_bytes))
      when 0x66
        s = raw_bytes
        f = case s
            when "nan" then Float::NAN
            when "inf" then Float::INFINITY
            when "-inf" then -Float::INFINITY
            else s.to_f
            end
        remember(f)
      when 0x6c
        sign = byte
        n = long * 2
        x = 0
        n.times { |i| x |= byte << (8 * i) }
        remember(sign == 0x2d ? -x : x)
      when 0x5b
        a = remember([])
        long.times { a << read_object }
        finish(a)
      when 0x7b, 0x7d
        h = remember({})
        long.times do
          k = read_object
          h[k] = read_object
        end
        h.default = read_object if t == 0x7d
        finish(h)
      when 0x2f
        src = raw_bytes
        opts = byte
        idx = @objects.size
        @objects << nil
        r = Regexp.new(src.force_encoding(Encoding::US_ASCII), opts)
        @objects[idx] = r
      when 0x63, 0x6d, 0x4d
        name = raw_bytes
        k = path_to_class(name)
        if t == 0x63 && !k.is_a?(Class)
          raise ArgumentError, "#{name} does not refer to class"
        end
        remember(k)
      when 0x53 then read_struct
      when 0x6f then read_plain_object
      when 0x55
        k = path_to_class(read_symbol)
        if k.equal?(Rational) || k.equal?(Complex)
          idx = @objects.size
          @objects << nil
          a, b = read_object
          return @objects[idx] = (k.equal?(Rational) ? Rational(a, b) : Complex(a, b))
        end
        obj = remember(k.allocate)
        data = read_object
        raise TypeError, "instance of #{k} needs to have method `marshal_load'" unless obj.respond_to?(:marshal_load, true)
        obj.__send__(:marshal_load, data)
        finish(obj)
      when 0x75
        @pos -= 1
        read_userdef(false)
      when 0x43
        k = path_to_class(read_symbol)
        inner = read_object_raw
        make_user(k, inner)
      when 0x65
        mod = path_to_class(read_symbol)
        obj = read_object_raw
        obj.extend(mod)
        obj
      else
        raise ArgumentError, "dump format error(0x#{t.to_s(16)})"
      end
    end

    # 'u': Class._load(bytes); with_ivars: the bytes' encoding ivars follow them.
    def read_userdef(with_ivars)
      @pos += 1
      k = path_to_class(read_symbol)
      s = raw_bytes
      if k <= Time
        extras = {}
        long.times { extras[read_symbol] = read_object_raw } if with_ivars
        return remember(k.__mload(s, extras))
      end
      long.times { apply_encoding(s, read_symbol, read_object_raw) } if with_ivars
      raise TypeError, "class #{k} needs to have method `_load'" unless k.respond_to?(:_load, true)
      remember(k.__send__(:_load, s))
    end

    def make_user(k, inner)
      obj = k.allocate
      case inner
      when String then obj.replace(inner)
      when Array then obj.replace(inner)
      when Hash
        obj.replace(inner)
        obj.default = inner.default
      end
      idx = @objects.index { |o| o.equal?(inner) }
      @objects[idx] = obj if idx
      obj
    end

    def read_struct
      k = path_to_class(read_symbol)
      obj = remember(k.new)
      long.times do
        m = read_symbol
        obj[m] = read_object
      end
      finish(obj)
    end

    def read_plain_object
      k = path_to_class(read_symbol)
      if k <= Range
        idx = @objects.size
        @objects << nil
        vals = {}
        long.times { vals[read_symbol] = read_object }
        r = Range.new(vals[:begin], vals[:end], vals[:excl])
        @objects[idx] = r
        return r
      end
      obj = remember(k.allocate)
      long.times do
        n = read_symbol
        v = read_object
        if obj.is_a?(Exception) && n == :mesg
          Exception.instance_method(:initialize).bind(obj).call(v)
        elsif obj.is_a?(Exception) && n == :bt
          obj.set_backtrace(v) if v
        else
          obj.instance_variable_set(n, v)
        end
      end
      finish(obj)
    end
  end
  private_constant :Dumper, :Loader
end
