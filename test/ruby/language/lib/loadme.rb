$load_count = ($load_count || 0) + 1
puts "loadme.rb evaluated (#{$load_count})"
def loaded_helper = "helper v#{$load_count}"
