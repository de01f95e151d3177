p %q{nested {braces} ok}, %q[nested [brackets] ok], %q(nested (parens) ok), %q<nested <angles> ok>
p %Q!bang #{1 + 1}!, %Q|pipe|, %Q^caret^
p %w{a b {c}}, %i<x y>
p "double \"escaped\"", 'single \'escaped\''
p "multi
line"
p 'multi
line single'
p ?A, ?\t, ?\\
p "\u{61 62 63}"
p :"quoted sym #{1}", :'single quoted sym'
p %s[sym bol]
