def oops(
  1 +
