def find_admin(users)
  case users
  in [*, { role: :admin, name: }, *]
    "admin is #{name}"
  else
    "no admin"
  end
end
p find_admin([{ role: :user, name: "a" }, { role: :admin, name: "b" }, { role: :admin, name: "c" }])
p find_admin([{ role: :user, name: "a" }])
case [1, 2, 3, 42, 5]
in [*pre, 40..50 => x, *post]
  p [pre, x, post]
end
case %w[a b c]
in [*, "b", *after]
  p after
end
