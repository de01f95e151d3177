def implicit
  1
  2
end
def explicit
  return 3
  4
end
def in_if(x)
  if x
    "t"
  else
    "f"
  end
end
def in_loop
  [1, 2, 3].each do |v|
    return v * 10 if v == 2
  end
  :never
end
def arr_ret
  return [1, 2]
end
def nil_ret
  return
end
p implicit
p explicit
p in_if(true), in_if(nil)
p in_loop
p arr_ret
p nil_ret
a, b = arr_ret
p b
