# String#casecmp? folds ß to "ss" (full case folding); casecmp stays ASCII-only.
p "ß".casecmp?("SS"), "straße".casecmp?("STRASSE"), "ẞ".casecmp?("ss"), "ß".casecmp?("s"), "Äb".casecmp?("äB"), "ß".casecmp("SS")
