# digest/sha2: Digest::SHA256, SHA384, SHA512 and SHA2 (defined in digest.rb).
require "digest"
