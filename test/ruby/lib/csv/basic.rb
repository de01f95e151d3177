require 'csv'
data = "name,age,city\nAlice,30,\"New York, NY\"\nBob,25,\"He said \"\"hi\"\"\"\n,,\n"
p CSV.parse(data)
p CSV.parse_line("a,b,,\"c\nd\",e")
t = CSV.parse(data, headers: true)
p t.class, t.headers, t.size
t.each { |row| p row.to_h }
p t[0]["name"], t[1].fields, t["age"]
p CSV.parse(data, headers: true, header_converters: :symbol, converters: :numeric).map(&:to_h)
s = CSV.generate do |csv|
  csv << ["a", "b,c", "d\"e", nil, 1, 2.5]
  csv << []
  csv << ["line\nbreak"]
end
p s
p ["x", "y z", nil].to_csv, "1,2,3".parse_csv
p CSV.generate_line(["a", "b"], col_sep: ";"), CSV.parse("a;b\n1;2", col_sep: ";")
begin
  CSV.parse("a,\"b\nc")
rescue CSV::MalformedCSVError => e
  p e.class, e.message
end
p CSV.parse("a\tb", col_sep: "\t"), CSV.parse("x,y\r\n1,2\r\n")
CSV.parse(data, headers: true) { |r| p r["city"] }
p t.by_col[0] rescue p $!
p CSV.parse("a,b\n1,2", headers: true).map { |r| r.to_h }
p t.to_s
p ["", nil, "a b", " lead"].to_csv, CSV.generate_line([1, nil, "q\"q"], force_quotes: true)
p CSV.parse("a,b\n\n1,2\n", skip_blanks: true), CSV.parse("a,b\n\n1,2\n")
r = CSV.parse("h1,h2\nv1,v2", headers: true).first
p r.headers, r.fields, r["h2"], r[0], r.to_h, r.fetch("h1"), r.key?("zz")
r["h3"] = "v3"
p r.to_h
p CSV.parse("a,b\n1,2", headers: %w[x y]).map(&:to_h)
out = CSV.generate(headers: %w[k v], write_headers: true) { |csv| csv << [1, 2]; csv << { "k" => 3, "v" => 4 } }
p out
csv = CSV.new("x,y\n1,2\n")
p csv.shift, csv.shift, csv.shift
