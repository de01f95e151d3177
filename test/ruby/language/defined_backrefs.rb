# defined?($1), $&, ...: "global-variable" when the last match gives them a value.
p defined?($1), defined?($&)
"ab" =~ /(a)(x)?/
p defined?($1), defined?($2), defined?($3), defined?($&), defined?($~), defined?($`)
"zz" =~ /q/
p defined?($1), defined?($&)
