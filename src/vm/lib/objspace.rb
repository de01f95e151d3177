# objspace: ObjectSpace.memsize_of, memsize_of_all and count_objects_size, measured on
# maglev's heap: an object's slot plus what it owns outside it (string and array
# buffers, hash tables, bignum limbs, instance variable blocks, match offsets). The
# sizes are maglev's own, not CRuby's.
module ObjectSpace
  def self.memsize_of(obj)
    __memsize_of(obj)
  end

  def self.memsize_of_all(klass = nil)
    __memsize_of_all(*klass)
  end

  def self.count_objects_size(result = {})
    raise TypeError, "non-hash given" unless result.is_a?(Hash)
    __count_objects_size(result)
  end
end
