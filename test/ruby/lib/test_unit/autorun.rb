# test/unit run at exit: the console output (timings masked) and the exit status of a
# suite with failures, errors, pendings, omissions and notifications, and of one passing.
require "rbconfig"

%w[fixtures/faults.rb fixtures/passing.rb].each do |file|
  out = IO.popen([RbConfig.ruby, file], err: [:child, :out], &:read)
  puts "== #{file}: exit #{$?.exitstatus}"
  puts out.sub(/^Finished in .* seconds\.$/, "Finished in T seconds.")
          .sub(/^[\d.]+ tests\/s, [\d.]+ assertions\/s$/, "N tests/s, N assertions/s")
end
