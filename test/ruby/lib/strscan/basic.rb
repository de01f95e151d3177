require 'strscan'
s = StringScanner.new("3.14 is pi, héllo")
p s.scan(/\d+/), s.scan(/\./), s.pos, s.matched, s.pre_match, s.post_match, s[0]
p s.scan(/x/), s.matched, s.matched?
p s.scan_until(/is/), s.pre_match, s.pos, s.check(/\s+/), s.pos
p s.skip(/\s+/), s.peek(3), s.getch, s.get_byte, s.rest, s.rest_size
p s.exist?(/,/), s.match?(/pi/), s.skip_until(/,/), s.eos?
s.scan(/\s*(?<w>h.)(l+)/); p s[:w], s[1], s[2], s.captures, s.values_at(0, 2), s.size
p s.charpos, s.pos
p s.inspect
s.unscan; p s.pos
s.terminate; p s.eos?, s.inspect
s.reset; p s.pos, s.inspect
s.string = "new"; p s.string, s.pos
s << " more"; p s.string
p s.scan("new"), s.pos
p StringScanner.new("abc").scan_until(/c/), StringScanner.new("test").search_full(/s/, false, true)
s2 = StringScanner.new("a:b"); s2.pos = 2; p s2.rest, s2.beginning_of_line?
begin; s2.unscan; s2.unscan; rescue => e; p e.class, e.message; end
p StringScanner.new("ab").scan(/b/), StringScanner.new("").eos?
p StringScanner::Error.ancestors[1]
