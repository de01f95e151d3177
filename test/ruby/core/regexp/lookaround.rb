p "price: 100 dollars, 200 euros".scan(/\d+(?= dollars)/)
p "price: 100 dollars, 200 euros".scan(/\d+(?! dollars)\b/)
p "USD100 EUR200".scan(/(?<=USD)\d+/)
p "USD100 EUR200".scan(/(?<!USD)\b\d+/) rescue p :x
p "1234567".gsub(/(\d)(?=(\d{3})+$)/, '\1,')
p "password1".match?(/\A(?=.*\d)(?=.*[a-z]).{8,}\z/)
p "password".match?(/\A(?=.*\d)(?=.*[a-z]).{8,}\z/)
p "foo.bar.baz".split(/(?<=\.)/)
