# ENV.shift/rassoc/invert/except and the deleting iterators: delete_if and keep_if return
# ENV, reject!/select!/filter! return nil when nothing was deleted.
ENV.clear
ENV.update("A1" => "x", "A2" => "y", "B1" => "x")
p ENV.rassoc("y"), ENV.rassoc("zz"), ENV.invert.sort, ENV.except("A1").sort
p ENV.reject! { |k, _| k == "none" }, ENV.select! { true }, ENV.filter! { true }
p ENV.delete_if { |k, _| k == "A2" }.equal?(ENV), ENV.to_h.sort
p ENV.keep_if { |k, v| v == "x" }.equal?(ENV), ENV.keys.sort
p ENV.reject! { |k, _| k == "B1" }.equal?(ENV), ENV.keys
p ENV.select! { |k, _| k == "zz" }.equal?(ENV), ENV.keys
ENV["S"] = "1"
p ENV.shift, ENV.shift, ENV.empty?
p ENV.delete_if.class, ENV.keep_if.class, ENV.select!.class, ENV.filter!.class, ENV.reject!.class
