require 'logger'
require 'stringio'

io = StringIO.new
log = Logger.new(io)
log.info("started")
log.debug { "lazy" }
log.warn("prog") { "with progname" }
log.error(RuntimeError.new("bad"))
log.add(Logger::FATAL, "fatal one")
log.unknown(:sym)
log.level = :warn
log.info("hidden")
log.error("shown")
p log.level, log.info?, log.warn?, log.debug?
puts io.string.gsub(/\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6} #\d+\]/, "[TIME #PID]")

io = StringIO.new
log = Logger.new(io, progname: "app")
log.formatter = proc { |sev, _time, prog, msg| "#{sev}|#{prog}|#{msg}\n" }
log.info("x")
log.level = Logger::ERROR
log.warn("y")
log.error("z")
puts io.string
io = StringIO.new
log = Logger.new(io, datetime_format: "%Y")
log.info("d")
puts io.string.sub(/\d{4} #\d+/, "YEAR #PID")
p Logger::INFO, Logger::Severity::ERROR
begin
  log.level = :bogus
rescue ArgumentError => e
  p e.message
end
