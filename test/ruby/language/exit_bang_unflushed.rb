# exit! runs no at_exit handler and loses output still buffered (stdout is a pipe here);
# its default status is 1.
at_exit { puts "at_exit" }
puts "lost"
print "also lost"
exit!
