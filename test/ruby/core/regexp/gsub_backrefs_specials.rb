p "john smith".gsub(/(\w+) (\w+)/, '\2 \1')
p "john smith".gsub(/(?<f>\w+) (?<l>\w+)/, '\k<l>, \k<f>')
p "abc".gsub(/b/, '[\0]'), "abc".gsub(/b/, '[\&]'), "abc".gsub(/b/, "[\\`]"), "abc".gsub(/b/, "[\\']")
p "a.b".gsub(".", '\\\\'), "tab".gsub("a", "\\\\a")
p "x1y22".gsub(/\d+/) { |m| "<#{m.length}>" }
p "hello".sub(/(?<first>l)/) { $~[:first].upcase }
p "aaa".gsub(/a/).with_index.map { |m, i| "#{m}#{i}" }
p "2020-01-02".gsub(/(\d+)-(\d+)-(\d+)/) { "#{$3}/#{$2}/#{$1}" }
