# test/unit run at exit: the console output (timings masked) and the exit status of a
# suite with failures, errors, pendings, omissions and notifications, of one passing,
# and of that one with -v (names, tab stops, nesting).
require "rbconfig"

[%w[fixtures/faults.rb], %w[fixtures/passing.rb], %w[fixtures/passing.rb -v]].each do |args|
  out = IO.popen([RbConfig.ruby, *args], err: [:child, :out], &:read)
  puts "== #{args.join(" ")}: exit #{$?.exitstatus}"
  puts out.sub(/^Finished in .* seconds\.$/, "Finished in T seconds.")
          .sub(/^[\d.]+ tests\/s, [\d.]+ assertions\/s$/, "N tests/s, N assertions/s")
          .gsub(/: \(\d+\.\d+\)$/, ": (T)")
end
