LIB_CONST = [1, 2, 3].map { |x| x * 2 }
:last_expression_ignored
