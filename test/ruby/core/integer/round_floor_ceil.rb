p 1234.round(-2), 1250.round(-2), 1350.round(-2), -1250.round(-2)
p 1250.round(-2, half: :even), 1250.round(-2, half: :down), 1350.round(-2, half: :even)
p 1234.floor(-2), -1234.floor(-2), 1234.ceil(-2), -1234.ceil(-2)
p 1234.truncate(-1), 15.round(1), 15.floor(2)
p 7.round, 7.floor, 7.ceil
p 10.fdiv(4), 10.quo(4), 10.0.quo(4)
