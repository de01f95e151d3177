# logger: Logger, leveled log messages to an IO (or a file name) in CRuby's layout:
# "I, [2020-01-02T03:04:05.123456 #1234]  INFO -- progname: message".
class Logger
  VERSION = "1.5.0"

  module Severity
    DEBUG = 0
    INFO = 1
    WARN = 2
    ERROR = 3
    FATAL = 4
    UNKNOWN = 5
  end
  include Severity

  SEV_LABEL = %w[DEBUG INFO WARN ERROR FATAL ANY].freeze
  private_constant :SEV_LABEL

  class Error < RuntimeError
  end

  class Formatter
    Format = "%s, [%s #%d] %5s -- %s: %s\n"
    DatetimeFormat = "%Y-%m-%dT%H:%M:%S.%6N"

    attr_accessor :datetime_format

    def initialize
      @datetime_format = nil
    end

    def call(severity, time, progname, msg)
      format(Format, severity[0], time.strftime(@datetime_format || DatetimeFormat), Process.pid,
             severity, progname, msg2str(msg))
    end

    private

    def msg2str(msg)
      case msg
      when ::String then msg
      when ::Exception then "#{msg.message} (#{msg.class})\n#{(msg.backtrace || []).join("\n")}"
      else msg.inspect
      end
    end
  end

  attr_accessor :progname, :formatter
  attr_reader :level
  attr_writer :datetime_format

  def initialize(logdev, shift_age = 0, shift_size = 1_048_576, level: DEBUG, progname: nil,
                 formatter: nil, datetime_format: nil, binmode: false, shift_period_suffix: nil)
    self.level = level
    @progname = progname
    @formatter = formatter
    @default_formatter = Formatter.new
    @default_formatter.datetime_format = datetime_format
    @logdev = logdev.is_a?(String) ? File.open(logdev, "a") : logdev
  end

  def datetime_format
    @default_formatter.datetime_format
  end

  def datetime_format=(fmt)
    @default_formatter.datetime_format = fmt
  end

  def level=(severity)
    @level = case severity
             when Integer then severity
             when "debug", :debug, "DEBUG" then DEBUG
             when "info", :info, "INFO" then INFO
             when "warn", :warn, "WARN" then WARN
             when "error", :error, "ERROR" then ERROR
             when "fatal", :fatal, "FATAL" then FATAL
             when "unknown", :unknown, "UNKNOWN" then UNKNOWN
             else raise ArgumentError, "invalid log level: #{severity}"
             end
  end
  alias sev_threshold level
  alias sev_threshold= level=

  %w[debug info warn error fatal].each_with_index do |name, sev|
    define_method("#{name}?") { @level <= sev }
    define_method("#{name}!") { self.level = sev }
    define_method(name) { |progname = nil, &block| add(sev, nil, progname, &block) }
  end

  def unknown(progname = nil, &block)
    add(UNKNOWN, nil, progname, &block)
  end

  def add(severity, message = nil, progname = nil)
    severity ||= UNKNOWN
    return true if @logdev.nil? || severity < @level
    progname ||= @progname
    if message.nil?
      if block_given?
        message = yield
      else
        message = progname
        progname = @progname
      end
    end
    @logdev.write(format_message(SEV_LABEL[severity] || "ANY", Time.now, progname, message))
    true
  end
  alias log add

  def <<(msg)
    @logdev&.write(msg)
  end

  def close
    @logdev.close if @logdev.respond_to?(:close) && ![$stdout, $stderr, STDOUT, STDERR].include?(@logdev)
  end

  def reopen(_logdev = nil)
    self
  end

  private

  def format_message(severity, datetime, progname, msg)
    (@formatter || @default_formatter).call(severity, datetime, progname, msg)
  end
end
