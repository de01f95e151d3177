def m(h)
  case h
  in { type: :point, x: Integer => x, y: Integer => y } then "point #{x},#{y}"
  in { type: :circle, radius: (0..) => r } then "circle r=#{r}"
  in { type: :circle } then "bad circle"
  in { name: String => n, **nil } then "only name #{n}"
  in { name: String => n, **rest } then "name #{n} plus #{rest.keys}"
  in {} then "empty"
  in Hash then "other hash"
  end
end
p m({ type: :point, x: 1, y: 2 })
p m({ type: :circle, radius: 3 })
p m({ type: :circle, radius: -1 })
p m({ name: "al" })
p m({ name: "al", age: 3 })
p m({})
p m({ other: 1 })
config = { server: { host: "h", ports: [80, 443] } }
case config
in { server: { host:, ports: [first_port, *] } }
  p [host, first_port]
end
