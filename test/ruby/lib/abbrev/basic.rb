require 'abbrev'

p Abbrev.abbrev(%w[car cone])
p Abbrev.abbrev(%w[ruby rules])
p Abbrev.abbrev(%w[car cart])
p Abbrev.abbrev(%w[ruby rules], "ru")
p Abbrev.abbrev(%w[ruby rules], /b/)
p %w[summer winter].abbrev
p Abbrev.abbrev(%w[a a b])
p Abbrev.abbrev([])
