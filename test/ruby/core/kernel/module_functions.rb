# Kernel's module functions are public singleton methods of Kernel as in CRuby
# (Kernel.loop, Kernel.open, Kernel.format ...), and private instance methods.
%i[loop open system spawn readline readlines Complex Rational caller_locations fork exec
   trap format puts p Integer Float String Array Hash sleep rand srand raise catch throw
   require load lambda proc binding block_given? at_exit exit abort].each do |m|
  p [m, Kernel.respond_to?(m), Kernel.private_method_defined?(m)]
end
i = 0
p Kernel.loop { i += 1; break i * 10 if i == 3 }
p Kernel.Rational(1, 2), Kernel.Complex(1, 2), Kernel.format("%03d", 7)
path = "/tmp/maglev-kernel-mf-#{$$}"
File.write(path, "line\n")
p Kernel.open(path, &:read)
File.delete(path)
p Kernel.caller_locations(0).first.class
