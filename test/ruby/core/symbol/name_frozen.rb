# Symbol#name is frozen; Symbol#to_s is not.
p :abc.name, :abc.name.frozen?, :abc.to_s.frozen?, :"foo bar".name
