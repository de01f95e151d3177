$count = 0
def bump
  $count += 1
end
bump
bump
puts $count
