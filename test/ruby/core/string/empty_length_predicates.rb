p "".empty?, " ".empty?, "a".empty?
p "".length, "abc".size, "日本".length, "日本".bytesize
p "abc".include?(""), "".include?("")
p "  ".strip.empty?
p "abc".start_with?(""), "abc".end_with?("")
p "abc".between?("abb", "abd")
p "abc".match?(/\A[a-c]+\z/), "abd".match?(/\A[a-c]+\z/)
p "123".match?(/\A\d+\z/), "12a".match?(/\A\d+\z/)
