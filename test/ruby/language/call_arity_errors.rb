def none = 0
def one(a) = a
def opt(a, b = 1) = a
def rest(a, *r) = a
def post(a, *r, z) = z
def kw(a, k:) = a
[
  -> { none(1) },
  -> { one },
  -> { one(1, 2) },
  -> { opt },
  -> { opt(1, 2, 3) },
  -> { rest },
  -> { post(1) },
  -> { kw(1) },
  -> { kw(k: 1) },
  -> { kw(1, 2, k: 3) },
  -> { [].push },
  -> { [].first(1, 2) },
  -> { "".center },
  -> { {}.fetch },
  -> { 1.+(1, 2) },
].each do |l|
  begin
    l.call
    puts "ok"
  rescue ArgumentError => e
    puts "#{e.class}: #{e.message}"
  end
end
