# digest/md5: Digest::MD5 (defined with the other algorithms in digest.rb).
require "digest"
