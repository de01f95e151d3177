name = "Ann"
age = 30
person = { name:, age: }
p person
limit = 18
case person
in { age: ^limit } then p :exactly_limit
in { age: Integer => a } if a >= limit then p :adult
end
@min = 20
case 25
in ^@min then p :eq
in Integer => n if n > @min then p :above
end
case { v: 4 }
in { v: ^(2 * 2) } then p :expr_pin
end
