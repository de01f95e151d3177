# net/protocol: what Net::HTTP shares with the other Net clients: Net::Protocol, the
# timeout errors, and BufferedIO (line and length reads over a socket).
require 'socket'
require 'timeout'

module Net
  class Protocol; end
  class ProtocolError < StandardError; end
  class ProtoSyntaxError < ProtocolError; end
  class ProtoFatalError < ProtocolError; end
  class ProtoUnknownError < ProtocolError; end
  class ProtoServerError < ProtocolError; end
  class ProtoAuthError < ProtocolError; end
  class ProtoCommandError < ProtocolError; end
  class ProtoRetriableError < ProtocolError; end
  ProtocRetryError = ProtoRetriableError

  class OpenTimeout < Timeout::Error; end

  # ReadTimeout and WriteTimeout name the socket that timed out.
  %w[ReadTimeout WriteTimeout].each do |name|
    const_set(name, Class.new(Timeout::Error) do
      def initialize(io = nil)
        @io = io
        super()
      end
      attr_reader :io

      def message
        msg = super
        @io ? "#{msg} with #{@io.inspect}" : msg
      end
    end)
  end

  # A socket read by lines and lengths, with a read timeout (other threads run while
  # it waits).
  class BufferedIO
    attr_reader :io
    attr_accessor :read_timeout, :write_timeout, :continue_timeout, :debug_output

    def initialize(io, read_timeout: 60, write_timeout: 60, continue_timeout: nil, debug_output: nil)
      @io = io
      @read_timeout = read_timeout
      @write_timeout = write_timeout
      @continue_timeout = continue_timeout
      @debug_output = debug_output
    end

    def inspect = "#<#{self.class} io=#{@io}>"
    def closed? = @io.closed?
    def close = @io.close
    def eof? = @io.eof?

    def readline
      __wait
      line = @io.gets("\n")
      raise EOFError, "end of file reached" if line.nil?
      line.chomp("\n").chomp("\r")
    end

    def read(len, dest = +"")
      while len > 0
        __wait
        s = @io.read(len)
        raise EOFError, "end of file reached" if s.nil?
        dest << s
        len -= s.bytesize
      end
      dest
    end

    def read_all(dest = +"")
      while (s = (__wait; @io.read(16384)))
        dest << s
      end
      dest
    end

    def write(*strs) = strs.sum { |s| @io.write(s) }
    alias << write

    def writeline(str) = write(str + "\r\n")

    private

    def __wait
      return if @read_timeout.nil?
      raise ReadTimeout.new(@io) unless @io.__wait(IO::READABLE, @read_timeout)
    end
  end
end
