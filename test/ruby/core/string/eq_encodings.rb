# String#== and #eql? compare bytes only across comparable encodings: equal non-ASCII
# bytes in UTF-8 and ASCII-8BIT differ; ASCII-only strings compare equal.
p "é" == "é".b, "a" == "a".b, "é".eql?("é".b), "é" == "é".force_encoding("ISO-8859-1"),
  "a".encode("UTF-16LE") == "a", "é".b == "é".b, "a".force_encoding("US-ASCII") == "a",
  "é".b.eql?("é".b), "".b == ""
