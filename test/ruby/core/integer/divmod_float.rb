# Integer#divmod(Float) is Float#divmod: an Integer quotient and a Float modulus.
p 10.divmod(-3.0), 10.divmod(3.5), (2**70).divmod(3.0), (10.divmod(0.0) rescue $!), -7.divmod(2.0), 10.divmod(Float::INFINITY)
