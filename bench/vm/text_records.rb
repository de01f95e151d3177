# Record processing: a CSV-ish parser (each_line, split(","), to_i/to_f, format), an
# HTML templater (gsub with a block and a Hash, interpolation, <<), and a log report
# (Regexp captures, $~, named captures, match?, tr).
rows = []
seed = 7
60_000.times do |i|
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  rows << "#{i},item#{seed % 1000},#{seed % 97},#{(seed % 10_000) / 100.0},#{%w[red green blue][seed % 3]}"
end
data = rows.join("\n")
total = 0
sum = 0.0
report = []
2.times do
  data.each_line do |line|
    id, name, qty, price, color = line.chomp.split(",")
    q = qty.to_i
    total += q
    sum += q * price.to_f
    report << format("%-10s %5d %8.2f %s", name, q, q * price.to_f, color.upcase) if id.to_i % 50 == 0
  end
end

template = "<li class=\"{{cls}}\">{{name}} &amp; {{value}} ({{id}})</li>\n" * 3
esc = { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", '"' => "&quot;" }
html = +""
html_size = 0
12_000.times do |i|
  vars = { "cls" => "row#{i % 2}", "name" => "Item <#{i}>", "value" => (i * 3).to_s, "id" => i.to_s }
  html << "<ul>" << template.gsub(/\{\{(\w+)\}\}/) { vars[$1].gsub(/[&<>"]/, esc) } << "</ul>\n"
  if html.size > 200_000
    html_size += html.size
    html = +""
  end
end

log = /\A(\d+)-(\d+) \[(\w+)\] user=(?<user>\w+) took=(?<ms>\d+)ms/
users = Hash.new(0)
ms = 0
warns = 0
40_000.times do |i|
  l = "11-#{i % 28} [#{%w[INFO WARN ERROR][i % 3]}] user=u#{i % 100} took=#{i % 900}ms path=/a/#{i % 7}"
  if (m = log.match(l))
    users[m[:user]] += 1
    ms += m["ms"].to_i
  end
  warns += 1 if l.match?(/WARN/)
  ms += $~[2].to_i if l =~ /took=(\d)(\d*)/
end
puts total, sum.round(2), report.size, report.last, html_size + html.size, users.size, ms, warns
