log = "ERROR 12:01 disk full\nINFO 12:02 ok\nERROR 12:05 net down"
p log.scan(/^ERROR (\d+:\d+) (.*)$/)
p log.lines.grep(/INFO/).map(&:chomp)
if log =~ /(\d+):(\d+)/
  p [$~[0], $1, $2, $~.begin(0)]
end
p log.scan(/\d+:\d+/).map { |t| t.split(":").map(&:to_i) }
p log.each_line.count { |l| l.start_with?("ERROR") }
md = log.match(/(?<level>[A-Z]+) (?<time>[\d:]+)/)
p md[:level], md[:time]
p $~.nil?
