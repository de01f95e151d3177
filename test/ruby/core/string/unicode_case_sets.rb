# Unicode case mapping for Latin/Greek/Cyrillic, casecmp, and tr/delete/squeeze/count sets.
p "ÀÉÎÕÜ àéîõü".downcase, "àéîõü ÿ".upcase, "éCOLE".capitalize, "straße".upcase
p "ΑΒΓ αβγ".swapcase, "Привет".upcase, "ĀĂĄ".downcase, "Ébc".downcase(:ascii), "ÉCOLE".downcase!
p "aBc".casecmp("AbC"), "é".casecmp?("É"), "a".casecmp(1), "b".casecmp("a")
p "hello".tr("el", "ip"), "hello".tr("a-y", "b-z"), "hello".tr("^l", "*"), "aabbcc".tr_s("ab", "x")
p "hello world".delete("l", "lo"), "a-b-c".delete("-"), "a\\-b".delete("\\-"), "hello".squeeze("l-m")
p "hello world".count("lo", "o"), "héllo".count("é"), "abc".count("^a")
p "x\n\ny\n".lines(chomp: true), "a\n\n\nb".lines(""), "a,b,c".each_line(",").to_a, "abc".each_char.size
p "héllo".byteslice(1, 2), "héllo".codepoints, "ab\xffc".scrub("?"), "ab\xffc".valid_encoding?
s = +"hello"; s[1..2] = "EL"; p s, s.slice!(0), s
p "ab".encode("US-ASCII"), ("é".encode("US-ASCII") rescue p $!.class), "é".encode("US-ASCII", undef: :replace)
