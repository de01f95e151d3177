# open3: Open3.capture2, capture2e and capture3 (a command's output, its error output
# and its status; stdout comes through IO.popen, stderr and stdin_data through temporary
# files, so a command filling both pipes cannot deadlock the caller); popen3, popen2 and
# popen2e (the child's pipes and a Process::Waiter, closed and joined after a block);
# pipeline_r, pipeline_w and pipeline (commands joined by pipes).
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

  # stdin, stdout, stderr, wait_thread.
  def popen3(*cmd, **opts, &block)
    in_r, in_w = IO.pipe
    out_r, out_w = IO.pipe
    err_r, err_w = IO.pipe
    in_w.sync = true
    __popen_run(cmd, opts.merge(in: in_r, out: out_w, err: err_w), [in_r, out_w, err_w], [in_w, out_r, err_r], &block)
  end

  # stdin, stdout, wait_thread (stderr is the caller's).
  def popen2(*cmd, **opts, &block)
    in_r, in_w = IO.pipe
    out_r, out_w = IO.pipe
    in_w.sync = true
    __popen_run(cmd, opts.merge(in: in_r, out: out_w), [in_r, out_w], [in_w, out_r], &block)
  end

  # stdin, stdout and stderr merged, wait_thread.
  def popen2e(*cmd, **opts, &block)
    in_r, in_w = IO.pipe
    out_r, out_w = IO.pipe
    in_w.sync = true
    __popen_run(cmd, opts.merge(in: in_r, out: out_w, err: [:child, :out]), [in_r, out_w], [in_w, out_r], &block)
  end

  def __popen_run(cmd, opts, child_io, parent_io, &block)
    parent_io.each(&:binmode) if opts.delete(:binmode)
    pid = spawn(*cmd, opts)
    wait_thr = Process.detach(pid)
    child_io.each(&:close)
    __hand_over([*parent_io, wait_thr], parent_io, [wait_thr], &block)
  end
  private_class_method :__popen_run

  # Returns `result`, or with a block yields it, then closes the parent's ends of the
  # pipes and waits for the children.
  def __hand_over(result, parent_io, threads)
    return result unless block_given?
    begin
      yield(*result)
    ensure
      parent_io.each { |io| io.close unless io.closed? }
      threads.each(&:join)
    end
  end
  private_class_method :__hand_over

  # The last command's stdout and the wait threads.
  def pipeline_r(*cmds, **opts, &block)
    out_r, out_w = IO.pipe
    __pipeline_run(cmds, opts.merge(out: out_w), [out_w], [out_r], &block)
  end

  # The first command's stdin and the wait threads.
  def pipeline_w(*cmds, **opts, &block)
    in_r, in_w = IO.pipe
    in_w.sync = true
    __pipeline_run(cmds, opts.merge(in: in_r), [in_r], [in_w], &block)
  end

  # Runs the commands joined by pipes and waits: their Process::Status values.
  def pipeline(*cmds, **opts)
    __pipeline_run(cmds, opts, [], []) { |ts| ts.map(&:value) }
  end

  # Each command is a String, or an Array of arguments with optional spawn options last.
  def __pipeline_run(cmds, opts, child_io, parent_io, &block)
    threads = []
    prev = opts[:in]
    cmds.each_with_index do |cmd, i|
      args = cmd.is_a?(Array) ? cmd.dup : [cmd]
      spawn_opts = opts.reject { |k, _| k == :in || k == :out }
      spawn_opts.update(args.pop) if args.last.is_a?(Hash)
      spawn_opts[:in] = prev if prev
      last = i == cmds.size - 1
      r, w = IO.pipe unless last
      spawn_opts[:out] = last ? opts[:out] : w
      spawn_opts.delete(:out) if spawn_opts[:out].nil?
      threads << Process.detach(spawn(*args, spawn_opts))
      w&.close
      prev.close if i > 0
      prev = r
    end
    child_io.each(&:close)
    __hand_over([*parent_io, threads], parent_io, threads, &block)
  end
  private_class_method :__pipeline_run
end
