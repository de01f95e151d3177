# Hash#eql? compares values with eql?, Hash#== with ==.
p({a: 1} == {a: 1.0})
p({a: 1}.eql?({a: 1.0}))
p({a: 1}.eql?({a: 1}))
p({a: [1]}.eql?({a: [1.0]}))
p({a: "x"}.eql?({a: "x"}))
