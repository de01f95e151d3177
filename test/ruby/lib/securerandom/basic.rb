require 'securerandom'

# Values are random: their shapes are what is compared.
h = SecureRandom.hex
p h.size, h.match?(/\A[0-9a-f]{32}\z/), SecureRandom.hex(4).size
u = SecureRandom.uuid
p u.match?(/\A\h{8}-\h{4}-4\h{3}-[89ab]\h{3}-\h{12}\z/)
p SecureRandom.random_bytes.bytesize, SecureRandom.random_bytes(5).bytesize, SecureRandom.random_bytes.encoding
p (1..200).map { SecureRandom.random_number(10) }.all? { |x| x.is_a?(Integer) && x >= 0 && x < 10 }
f = SecureRandom.random_number
p f.is_a?(Float), f >= 0.0 && f < 1.0
p (1..100).map { SecureRandom.random_number(5..7) }.uniq.sort
p SecureRandom.random_number(2.5).between?(0, 2.5)
a = SecureRandom.alphanumeric
p a.size, a.match?(/\A[A-Za-z0-9]+\z/), SecureRandom.alphanumeric(40).size
p SecureRandom.base64.size, SecureRandom.urlsafe_base64.match?(/\A[A-Za-z0-9_-]+\z/)
p SecureRandom.hex == SecureRandom.hex
p (1..300).map { SecureRandom.random_number(3) }.uniq.sort
