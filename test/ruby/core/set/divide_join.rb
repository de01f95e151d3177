# Set#divide with a two-argument block gives the connected components; Set#join.
require "set"
p Set[1, 2, 3].divide { |a, b| (a - b).abs == 1 }
p Set[1, 3, 4, 6, 9, 10, 11].divide { |i, j| (i - j).abs == 1 }
p Set[1, 2, 3].divide(&:odd?), Set[1, 2].divide { |a, b| a == b }
p Set[10, 1, 11, 3, 2].divide { |i, j| (i - j).abs == 1 }
p Set[1, 2].join("-"), Set["a", "b"].join, Set[].join(",")
p Set[1, 2, 3].divide { |a, b| a < b }, Set[3,1,2].divide { |a, b| a <= b }
