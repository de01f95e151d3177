# Warning: [] and []= over the deprecated/experimental categories, unknown categories,
# Warning.warn writing to $stderr (a String only) and returning nil, overridable.
p Warning[:deprecated], Warning[:experimental]
Warning[:deprecated] = true
p Warning[:deprecated]
Warning[:deprecated] = false
[-> { Warning[:bogus] }, -> { Warning["deprecated"] }, -> { Warning[:bogus] = true },
 -> { Warning.warn(1) }, -> { Warning.warn("x", category: :bogus) }].each do |l|
  l.call
rescue ArgumentError, TypeError => e
  p [e.class, e.message]
end
$stderr = $stdout
p Warning.warn("to stderr\n"), Warning.warn("cat\n", category: :deprecated)
p Warning.instance_methods.include?(:warn), Warning.respond_to?(:warn), Warning.class
module Warning
  def self.warn(msg, category: nil) = $stdout.print("captured: #{msg}")
end
Warning.warn("w\n")
