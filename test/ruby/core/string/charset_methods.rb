# tr/tr_s/delete/squeeze/count over ASCII, UTF-8 and binary strings (core/string_tr.cc)
s = "hello wörld, ñandú 123"
p s.tr("lo", "01"), s.tr("a-y", "b-z"), s.tr("^a-z", "*"), s.tr("^l", ""), s.tr("el", "")
p s.tr("öñú", "onu"), s.tr("a-z", "A"), s.tr("lo", "xyz"), s.tr("ll", "ab"), s.tr("\\-", "+")
p "a-b".tr("a\\-b", "xyz"), "aabbcc".tr_s("ab", "xx"), "aabbcc".tr_s("a-c", "*"), "hello".tr_s("l", "r")
p "aaa---bbb".tr_s("^a", "x"), "abcabc".tr("abc", ""), "ṡṡṡa".tr_s("ṡ", "s")
p s.delete("l"), s.delete("lo", "o"), s.delete("^a-z"), s.delete("ö"), s.delete("a-z", "^l"), s.delete("")
p s.squeeze, s.squeeze("l"), "aaabbbccc   ööö".squeeze, "aaabbbccc".squeeze("a-b"), "aaabbb".squeeze("^a")
p s.count("l"), s.count("a-z"), s.count("^a-z"), s.count("lo", "o"), s.count("ö"), s.count("\\-"), s.count("")
b = "ab\xff\xffcd".b
p b.tr("\xff".b, "x"), b.delete("\xff".b), b.squeeze, b.count("\xff".b), b.tr("a-c", "*").encoding
p "abc".tr("a", "ü"), "abc".tr("a", "ü").encoding, "日本語".tr("本", "x"), "日本語".delete("日")
x = +"hello"; p x.tr!("l", "L"), x, x.tr!("z", "y"), x.delete!("L"), x.squeeze!, +"aab".squeeze!, x.tr_s!("h", "j")
begin; "abc".tr("z-a", "x"); rescue ArgumentError => e; p e.message; end
begin; "abc".delete; rescue ArgumentError => e; p e.message; end
begin; "abc".count; rescue ArgumentError => e; p e.message; end
big = "The quick brown fox. " * 2000
p big.delete(".,").size, big.count("aeiou"), big.tr("a-z", "A-Z")[0, 30], big.squeeze(" ").size
