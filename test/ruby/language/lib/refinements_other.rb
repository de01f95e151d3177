def other_file_trip(n) = n.tripled
