#!/usr/bin/env ruby
# -*- coding: binary -*-
# After a shebang the magic comment may be on the second line (Emacs form here).
p __ENCODING__
p "abc".encoding
p "\xff\xfe".encoding, "\xff\xfe".length
p "a#{1}".encoding
