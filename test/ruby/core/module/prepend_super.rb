module Timing
  def run(x)
    "timing[" + super(x * 2) + "]"
  end
end
module Logging
  def run(x) = "log(" + super + ")"
end
class Job
  prepend Timing
  prepend Logging
  def run(x) = "job #{x}"
end
p Job.new.run(5)
p Job.ancestors.take(4)
p Job.new.method(:run).owner
class Job
  def run(x) = "redefined #{x}"
end
p Job.new.run(1)
