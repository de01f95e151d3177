# The RUBY_* constants exist, are frozen Strings (RUBY_PATCHLEVEL an Integer), and
# RUBY_VERSION is a 3.1 version.
%i[RUBY_VERSION RUBY_RELEASE_DATE RUBY_PLATFORM RUBY_REVISION RUBY_ENGINE
   RUBY_ENGINE_VERSION RUBY_COPYRIGHT RUBY_DESCRIPTION].each do |c|
  v = Object.const_get(c)
  p [c, v.class, v.frozen?, v.empty?]
end
p RUBY_PATCHLEVEL.class
p RUBY_VERSION.start_with?("3.1.")
p RUBY_VERSION >= "3.1" && RUBY_VERSION < "3.2"
p RUBY_PLATFORM.include?("linux")
p RUBY_RELEASE_DATE.match?(/\A\d{4}-\d\d-\d\d\z/)
p RUBY_DESCRIPTION.include?(RUBY_ENGINE == "ruby" ? RUBY_VERSION : RUBY_ENGINE)
p Object.constants.include?(:RUBY_VERSION)
