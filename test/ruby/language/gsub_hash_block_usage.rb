template = "Hello {{name}}, you owe {{amount}}. {{unknown}}"
vars = { "name" => "Ann", "amount" => "$5" }
p template.gsub(/\{\{(\w+)\}\}/) { vars.fetch($1, "?") }
leet = { "a" => "4", "e" => "3", "o" => "0" }
p "hello world".gsub(/[aeo]/, leet)
p "snake_case_to_camel".gsub(/_([a-z])/) { $1.upcase }
p "  squeeze   many   spaces ".strip.gsub(/\s+/, " ")
p "2 apples and 3 pears".gsub(/\d+/) { |n| (n.to_i * 2).to_s }
p "a-b-c".gsub("-", "-" => "+")
escaped = "<a href='x'>&</a>".gsub(/[<>&']/, "<" => "&lt;", ">" => "&gt;", "&" => "&amp;", "'" => "&#39;")
p escaped
p "hello".gsub(/l/) { |m| m.upcase + $~.begin(0).to_s }
