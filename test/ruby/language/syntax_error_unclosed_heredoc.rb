puts "not printed"
s = <<~EOS
  never closed
