# open3: Open3.capture2, capture2e and capture3 (a command's output, its error output
# and its status). stdout comes through IO.popen; stderr and stdin_data go through
# temporary files, so a command filling both pipes cannot deadlock the caller.
require 'tempfile'

module Open3
  module_function

  def capture3(*cmd, stdin_data: nil, binmode: false, **opts)
    Tempfile.create("open3err") do |err|
      err.close
      out = __run(cmd, stdin_data, opts.merge(err: err.path))
      [out, File.read(err.path), $?]
    end
  end

  def capture2(*cmd, stdin_data: nil, binmode: false, **opts)
    out = __run(cmd, stdin_data, opts)
    [out, $?]
  end

  def capture2e(*cmd, stdin_data: nil, binmode: false, **opts)
    out = __run(cmd, stdin_data, opts.merge(err: [:child, :out]))
    [out, $?]
  end

  def __run(cmd, stdin_data, opts)
    return IO.popen(cmd.size == 1 ? cmd[0] : cmd, "r", **opts, &:read) if stdin_data.nil?
    Tempfile.create("open3in") do |inp|
      inp.write(stdin_data.to_s)
      inp.close
      IO.popen(cmd.size == 1 ? cmd[0] : cmd, "r", **opts.merge(in: inp.path), &:read)
    end
  end
  private_class_method :__run
end
