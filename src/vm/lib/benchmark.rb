# benchmark: Benchmark.measure / realtime / bm / bmbm and Benchmark::Tms, with CRuby's
# report layout ("      user     system      total        real").
module Benchmark
  VERSION = "0.2.0"
  BENCHMARK_VERSION = "2002-04-25"

  CAPTION = "      user     system      total        real\n"
  FORMAT = "%10.6u %10.6y %10.6t %10.6r\n"

  class Tms
    CAPTION = Benchmark::CAPTION
    FORMAT = Benchmark::FORMAT

    attr_reader :utime, :stime, :cutime, :cstime, :real, :total, :label

    def initialize(utime = 0.0, stime = 0.0, cutime = 0.0, cstime = 0.0, real = 0.0, label = nil)
      @utime, @stime, @cutime, @cstime, @real = utime, stime, cutime, cstime, real
      @label = label.to_s
      @total = @utime + @stime + @cutime + @cstime
    end

    def add(&block)
      self + Benchmark.measure(&block)
    end

    def add!(&block)
      t = Benchmark.measure(&block)
      @utime = utime + t.utime
      @stime = stime + t.stime
      @cutime = cutime + t.cutime
      @cstime = cstime + t.cstime
      @real = real + t.real
      self
    end

    def +(other) = memberwise(:+, other)
    def -(other) = memberwise(:-, other)
    def *(x) = memberwise(:*, x)
    def /(x) = memberwise(:/, x)

    # FORMAT's directives: %u user, %y system, %U children's user, %Y children's system,
    # %t total, %r real ("(%s)" around it), %n the label; width and precision as printf's.
    def format(format = nil, *args)
      str = (format || FORMAT).dup
      str = str.gsub(/(%[-+.\d]*)n/) { "#{$1}s" % label }
      str = str.gsub(/(%[-+.\d]*)u/) { "#{$1}f" % utime }
      str = str.gsub(/(%[-+.\d]*)y/) { "#{$1}f" % stime }
      str = str.gsub(/(%[-+.\d]*)U/) { "#{$1}f" % cutime }
      str = str.gsub(/(%[-+.\d]*)Y/) { "#{$1}f" % cstime }
      str = str.gsub(/(%[-+.\d]*)t/) { "#{$1}f" % total }
      str = str.gsub(/(%[-+.\d]*)r/) { "(#{$1}f)" % real }
      args.empty? ? str : str % args
    end

    def to_s
      format
    end

    def to_a
      [@label, @utime, @stime, @cutime, @cstime, @real]
    end

    def to_h
      { label: @label, utime: @utime, stime: @stime, cutime: @cutime, cstime: @cstime, real: @real }
    end

    protected

    def memberwise(op, x)
      case x
      when Tms
        Tms.new(utime.__send__(op, x.utime), stime.__send__(op, x.stime),
                cutime.__send__(op, x.cutime), cstime.__send__(op, x.cstime),
                real.__send__(op, x.real))
      else
        Tms.new(utime.__send__(op, x), stime.__send__(op, x), cutime.__send__(op, x),
                cstime.__send__(op, x), real.__send__(op, x))
      end
    end
  end

  class Report
    def initialize(width = 0, format = nil)
      @width, @format, @list = width, format, []
    end

    def item(label = "", *format, &blk)
      w = label.to_s.length
      @width = w if @width < w
      print label.to_s.ljust(@width)
      res = Benchmark.measure(label, &blk)
      print res.format(@format, *format)
      @list << res
      res
    end
    alias report item

    def list
      @list
    end
  end

  class Job
    def initialize(width)
      @width = width
      @list = []
    end

    def item(label = "", &blk)
      raise ArgumentError, "no block" unless block_given?
      label = label.to_s
      w = label.length
      @width = w if @width < w
      @list << [label, blk]
      self
    end
    alias report item

    attr_reader :list, :width
  end

  module_function

  def times
    Process.respond_to?(:times) ? Process.times : nil
  end

  def cpu_times
    t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
    [t, 0.0]
  end

  def measure(label = "")
    u0, s0 = Benchmark.cpu_times
    r0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    yield
    r1 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    u1, s1 = Benchmark.cpu_times
    Tms.new(u1 - u0, s1 - s0, 0.0, 0.0, r1 - r0, label)
  end

  def realtime
    r0 = Process.clock_gettime(Process::CLOCK_MONOTONIC)
    yield
    Process.clock_gettime(Process::CLOCK_MONOTONIC) - r0
  end

  def benchmark(caption = "", label_width = nil, format = nil, *labels)
    $stdout.sync = true
    label_width ||= 0
    label_width += 1
    format ||= FORMAT
    report = Report.new(label_width, format)
    print " " * label_width + caption unless caption.empty?
    results = yield(report)
    if results.is_a?(Array)
      results.grep(Tms).each_with_index do |t, i|
        print((labels[i] || t.label || "").ljust(label_width), t.format(format))
      end
    end
    report.list
  end

  def bm(label_width = 0, *labels, &blk)
    benchmark(CAPTION, label_width, FORMAT, *labels, &blk)
  end

  def bmbm(width = 0)
    job = Job.new(width)
    yield(job)
    width = job.width + 1
    $stdout.sync = true
    puts "Rehearsal ".ljust(width + CAPTION.length, "-")
    ets = job.list.inject(Tms.new) do |sum, (label, item)|
      print label.ljust(width)
      res = Benchmark.measure(&item)
      print res.format
      sum + res
    end.format("total: %tsec")
    print " #{ets}\n\n".rjust(width + CAPTION.length + 2, "-")
    print " " * width + CAPTION
    job.list.map do |label, item|
      GC.start if defined?(GC) && GC.respond_to?(:start)
      print label.ljust(width)
      Benchmark.measure(label, &item).tap { |res| print res }
    end
  end
end
