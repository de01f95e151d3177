# test/unit/ui/console/testrunner: test-unit's console output ("Loaded suite", progress
# marks, each fault in detail as it happens with the test's code around it, then time,
# counts and the pass percentage), without colours.
require "test/unit/testcase"

module Test
  module Unit
    module UI
      module Console
        module OutputLevel
          SILENT = 0
          PROGRESS_ONLY = 1
          IMPORTANT_FAULTS_ONLY = 2
          NORMAL = 3
          VERBOSE = 4
        end

        # The runner's diff: every changed line paired with its likeliest counterpart,
        # the changed parts written out on "? " lines rather than marked.
        class Differ < Diff::ReadableDiffer
          def need_diff?
            return false if one_line_all_change?
            operations.any? { |tag,| tag == :replace || tag == :equal }
          end

          private

          def default_ratio = 0
          def cut_off_ratio = 0

          def one_line_all_change?
            return false unless operations.size == 1
            tag, fs, fe, ts, te = operations.first
            tag == :replace && [fs, fe] == [0, 1] && [ts, te] == [0, 1] &&
              line_operations(@from.first, @to.first).size == 1
          end

          def diff_line(from_line, to_line)
            ops = line_operations(from_line, to_line)
            replacing = ops.any? { |tag,| tag == :replace }
            first = +"? "
            second = []
            marks = []
            ops.each do |tag, fs, fe, ts, te|
              fw = fe - fs
              tw = te - ts
              case tag
              when :replace
                first << from_line[fs...fe] << " " * [tw - fw, 0].max
                second << to_line[ts...te] + " " * [fw - tw, 0].max
                marks << "?" * fw + " " * [fw - tw, 0].max
              when :delete
                first << from_line[fs...fe]
                next unless replacing
                second << " " * fw
                marks << "-" * fw
              when :insert
                first << (replacing ? " " * tw : to_line[ts...te])
                next unless replacing
                second << to_line[ts...te]
                marks << "+" * tw
              when :equal
                first << from_line[fs...fe]
                next unless replacing
                second << " " * tw
                marks << " " * tw
              end
            end
            @result << first
            @result << "? " + second.join unless second.empty?
            @result << "? " + marks.join unless marks.empty?
          end
        end

        class TestRunner
          ROW = 79

          def self.run(suite, options = {})
            new(suite, options).start
          end

          def initialize(suite, options = {})
            @suite = suite.respond_to?(:suite) ? suite.suite : suite
            @options = options
            @output = options[:output] || STDOUT
            @level = options[:output_level] || OutputLevel::NORMAL
            @progress_row = 0
            @already_outputted = false
            @sources = {}
            @indent = 0
            @top_level = true
            @suite_names = []
          end

          def start
            name = @suite.is_a?(Module) ? @suite.name : @suite.to_s
            output("Loaded suite #{name}")
            result = TestResult.new
            result.on_fault { |fault| add_fault(fault) }
            output("Started")
            t0 = Time.now
            @suite.run(result, self)
            elapsed = Time.now - t0
            output("") if @level >= OutputLevel::PROGRESS_ONLY
            output_statistics(result, elapsed)
            result
          end

          # -v: each suite's name (less its parent's prefix) with its tests indented below.
          def suite_started(suite)
            parent = @suite_names.last
            @suite_names << suite.name.to_s
            if @top_level
              @top_level = false
              return
            end
            if verbose?
              output("#{" " * @indent}#{suite.name.to_s.delete_prefix("#{parent}::")}: ")
            end
            @indent += 2
          end

          def suite_finished(_suite)
            @suite_names.pop
            @indent -= 2 if @indent.positive? && !@suite_names.empty?
          end

          # -v: the test's name, tabs to column 63 (test-unit's layout), then its result.
          def test_started(test)
            return unless verbose?
            name = test.local_name
            used = @indent + name.size + 1
            room = ROW - 16
            tabs = 0
            if (used % 8).zero?
              room -= used
            else
              room -= (used / 8 + 1) * 8
              tabs = 1
            end
            tabs += [room, 0].max / 8
            @output.write("#{" " * @indent}#{name}:#{"\t" * tabs}")
            @test_start = Time.now
          end

          def test_finished(_test)
            progress(".") unless @already_outputted
            @already_outputted = false
            output(": (%f)" % (Time.now - @test_start)) if verbose?
          end

          private

          def verbose?
            @level >= OutputLevel::VERBOSE
          end

          def output(text)
            @output.write(text)
            @output.puts
            @output.flush
          end

          def progress(mark)
            return if @level < OutputLevel::PROGRESS_ONLY
            @output.write(mark)
            @output.flush
            @progress_row += mark.size
            return if @progress_row < ROW
            output("") unless verbose?
            @progress_row = 0
          end

          def add_fault(fault)
            progress(fault.single_character_display)
            output("")
            output("=" * ROW)
            if fault.is_a?(Omission) || fault.is_a?(Notification)
              output("#{fault.label}: #{fault.message} [#{fault.test_name}]")
              output(fault.location.first)
            else
              fault_in_detail(fault)
            end
            output("=" * ROW)
            @progress_row = 0
            @already_outputted = true if fault.critical?
          end

          def fault_in_detail(fault)
            if fault.is_a?(Failure) && fault.inspected_expected && fault.inspected_actual
              output("#{fault.label}: #{fault.test_name}")
              backtrace_with_snippet(fault)
              output(fault.user_message.to_s) if fault.user_message
              output("<#{fault.inspected_expected}> expected but was")
              output("<#{fault.inspected_actual}>")
              from, to = Assertions.prepare_for_diff(fault.expected, fault.actual)
              if from
                differ = Differ.new(from.split(/\r?\n/), to.split(/\r?\n/))
                if differ.need_diff?
                  output("")
                  output("diff:")
                  differ.diff.each { |line| output(line) }
                end
              end
            else
              @output.write("#{fault.label}: #{fault.test_name}")
              message = fault.message
              if message.nil?
                output("")
              elsif message.include?("\n")
                output(":")
                message.each_line { |line| output("  #{line.chomp}") }
              else
                output(": #{message}")
              end
              backtrace_with_snippet(fault)
            end
          end

          # The backtrace, with the source around the frame inside the test method.
          def backtrace_with_snippet(fault)
            backtrace = fault.location || []
            at = nil
            snippet = nil
            backtrace.each_with_index do |entry, i|
              file, line, method_name = split_entry(entry)
              next unless file && in_test?(fault, file, line, method_name)
              lines = code_snippet(file, line)
              next if lines.empty?
              at = i
              snippet = lines
              break
            end
            backtrace.each_with_index do |entry, i|
              output(entry)
              next unless i == at
              digits = snippet.map(&:first).max.to_s.size
              snippet.each do |n, text, target|
                output("  %2s %*d: %s" % [target ? "=>" : "", digits, n, text])
              end
            end
          end

          def split_entry(entry)
            m = /\A(.+):(\d+)(?::(.*))?\z/.match(entry)
            return nil unless m
            method_name = m[3] && m[3][/\Ain `(.+?)'/, 1]
            method_name = $' if method_name && method_name =~ /\Ablock (?:\(.+?\) )?in /
            [m[1], m[2].to_i, method_name]
          end

          # Whether file:line is inside the test method (by indentation, as test-unit).
          def in_test?(fault, file, line, method_name)
            return method_name == fault.method_name unless fault.source_location
            fault_file, fault_line = fault.source_location
            return false unless file.end_with?(fault_file) && line >= fault_line
            lines = source(file)
            return false unless lines
            base = nil
            (fault_line..lines.size).each do |n|
              text = lines[n - 1]
              indent = text[/\A\s*/].sub("\t", " " * 8).count(" ")
              base ||= indent
              return true if n == line
              if n == fault_line
                break if text =~ /(?:\send|\})\s*$/
              elsif indent == base
                break
              end
            end
            false
          end

          def code_snippet(file, line)
            lines = source(file)
            return [] unless lines
            first = [line - 3, 1].max
            last = [line + 3, lines.size].min
            (first..last).map { |n| [n, lines[n - 1].chomp, n == line] }
          end

          def source(file)
            return @sources[file] if @sources.key?(file)
            @sources[file] = File.exist?(file) ? File.readlines(file) : nil
          end

          def output_statistics(result, elapsed)
            output("Finished in #{elapsed} seconds.")
            output("-" * ROW)
            output(result.to_s)
            output("%g%% passed" % result.pass_percentage)
            return if elapsed.zero?
            output("-" * ROW)
            output("%.2f tests/s, %.2f assertions/s" % [result.run_count / elapsed, result.assertion_count / elapsed])
          end
        end
      end
    end
  end
end
