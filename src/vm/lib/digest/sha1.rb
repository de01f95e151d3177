# digest/sha1: Digest::SHA1 (defined with the other algorithms in digest.rb).
require "digest"
