x = 5
p %w[a b c]
p %w(a\ b c)
p %W[a#{x} b]
p %i[a b]
p %I[s#{x} t]
p %q(single 'quoted' #{x})
p %Q(double "quoted" #{x})
p %(paren #{x})
p %[bracket (nested) ok]
p %{brace}
p %<angle>
p %|pipe|
p %s(sym)
p %w[]
