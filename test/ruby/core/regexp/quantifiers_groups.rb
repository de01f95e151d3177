p "aaa"[/a*/], "aaa"[/a+?/], "aaa"[/a{2}/], "aaaa"[/a{1,3}/], "b"[/a?b/]
p "<a><b>"[/<.*>/], "<a><b>"[/<.*?>/]
p "abcabc".scan(/(abc)+/), "abab".match(/(ab)+/)[1]
p "2024-05-06".match(/(\d+)-(\d+)-(\d+)/).captures
p "2024-05-06".match(/(?:\d+)-(\d+)/).captures
p "John Smith".sub(/(\w+) (\w+)/, '\2, \1')
p "aaa".gsub(/a{2}/, "b"), "color colour".scan(/colou?r/)
p "foofoo" =~ /(foo)\1/, "foobar" =~ /(foo)\1/
p "abc".match(/(?<first>a)(?<rest>.*)/).then { |m| [m[:first], m[:rest]] }
p "xaaay".match(/a++/)[0] rescue p :nopossessive
p "ab12cd".match(/(?<l>[a-z]+)(?<d>\d+)/).named_captures
