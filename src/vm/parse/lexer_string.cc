// The lexer's string modes: quoted strings, %-literals, word lists, regexps, symbols,
// backquotes, heredocs, escapes and ?c character literals. Produces STRING_CONTENT /
// STRING_DBEG / STRING_DVAR / STRING_END tokens; interpolated code is lexed by lexer.cc.
#include <string>

#include "vm/parse/ast.h"
#include "vm/parse/lexer.h"

namespace maglev::vm::parse {

namespace {

int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

int utf8_length(int lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xE0) == 0xC0) return 2;
  if ((lead & 0xF0) == 0xE0) return 3;
  if ((lead & 0xF8) == 0xF0) return 4;
  return 1;
}

}  // namespace

Token Lexer::push_string(Tok begin, bool interp, char term, char paren, bool label_ok) {
  Frame f;
  f.mode = Mode::kString;
  f.begin = begin;
  f.interp = interp;
  f.term = term;
  f.paren = paren;
  f.label_ok = label_ok;
  frames_.push_back(f);
  Token t = make(begin);
  t.flags = interp ? 1 : 0;
  return t;
}

void Lexer::read_utf8_escape(std::string& out) {
  // after "\u"
  if (peekc() == '{') {
    ++pos_;
    bool any = false;
    for (;;) {
      while (peekc() == ' ' || peekc() == '\t') ++pos_;
      if (peekc() == '}') { ++pos_; break; }
      uint32_t cp = 0;
      int n = 0;
      while (hex_value(peekc()) >= 0 && n < 7) {
        cp = cp * 16 + static_cast<uint32_t>(hex_value(getc()));
        ++n;
      }
      if (n == 0 || n > 6) fail("invalid Unicode escape");
      if (cp > 0x10FFFF) fail("invalid Unicode codepoint (too large)");
      append_utf8(out, cp);
      any = true;
    }
    if (!any) fail("invalid Unicode escape");
    return;
  }
  uint32_t cp = 0;
  for (int i = 0; i < 4; ++i) {
    int h = hex_value(peekc());
    if (h < 0) fail("invalid Unicode escape");
    ++pos_;
    cp = cp * 16 + static_cast<uint32_t>(h);
  }
  append_utf8(out, cp);
}

// After a backslash in a double-quoted context: appends the escaped bytes.
void Lexer::read_escape(std::string& out, bool meta_context) {
  int c = getc();
  switch (c) {
    case -1: fail("Invalid escape character syntax", true);
    case 'n': out += '\n'; return;
    case 't': out += '\t'; return;
    case 'r': out += '\r'; return;
    case 'f': out += '\f'; return;
    case 'v': out += '\v'; return;
    case 'a': out += '\a'; return;
    case 'b': out += '\b'; return;
    case 'e': out += '\x1b'; return;
    case 's': out += ' '; return;
    case '\n': return;   // line continuation
    case 'u':
      if (meta_context) fail("Invalid escape character syntax");
      read_utf8_escape(out);
      return;
    case 'x': {
      int v = 0, n = 0;
      while (n < 2 && hex_value(peekc()) >= 0) { v = v * 16 + hex_value(getc()); ++n; }
      if (n == 0) fail("invalid hex escape");
      out += static_cast<char>(v);
      return;
    }
    case 'c':
    case 'C':
    case 'M': {
      if (c != 'c' && getc() != '-') fail("Invalid escape character syntax");
      std::string inner;
      int d = peekc();
      if (d == -1) fail("Invalid escape character syntax", true);
      if (d == '\\') { ++pos_; read_escape(inner, true); }
      else if (c != 'M' && d == '?') { ++pos_; inner = "\x7f"; out += '\x7f'; return; }
      else { inner += static_cast<char>(getc()); }
      unsigned char v = inner.empty() ? 0 : static_cast<unsigned char>(inner[0]);
      out += static_cast<char>(c == 'M' ? (v | 0x80) : (v & 0x9f));
      return;
    }
    default:
      if (c >= '0' && c <= '7') {
        int v = c - '0', n = 1;
        while (n < 3 && peekc() >= '0' && peekc() <= '7') { v = v * 8 + (getc() - '0'); ++n; }
        out += static_cast<char>(v & 0xff);
        return;
      }
      out += static_cast<char>(c);
      return;
  }
}

bool Lexer::heredoc_terminator_here(const Frame& f, size_t* end) const {
  size_t p = pos_;
  if (f.dash || f.squiggly) {
    while (p < src_.size() && (src_[p] == ' ' || src_[p] == '\t')) ++p;
  }
  if (src_.substr(p, f.id.size()) != f.id) return false;
  size_t q = p + f.id.size();
  if (q >= src_.size()) { *end = q; return true; }
  if (src_[q] == '\n') { *end = q + 1; return true; }
  if (src_[q] == '\r' && q + 1 < src_.size() && src_[q + 1] == '\n') { *end = q + 2; return true; }
  return false;
}

Token Lexer::string_token(Frame& f) {
  Token t = make(Tok::kSTRING_CONTENT);
  space_seen_ = false;
  std::string& out = t.text;
  bool words = f.begin == Tok::kWORDS_BEG || f.begin == Tok::kSYMBOLS_BEG;
  bool regexp = f.begin == Tok::kREGEXP_BEG;
  for (;;) {
    if (f.heredoc && f.at_line_start) {
      size_t end;
      if (heredoc_terminator_here(f, &end)) {
        if (!out.empty()) return t;
        heredoc_end_ = end;
        heredoc_end_line_ = line_ + (end > 0 && src_[end - 1] == '\n' ? 1 : 0);
        pos_ = f.resume_pos;
        line_ = f.resume_line;
        frames_.pop_back();
        state_ = kExprEnd;
        Token e = make(Tok::kSTRING_END);
        return e;
      }
      if (!out.empty()) return t;
      if (f.squiggly) {
        t.line_start = true;
        int col = 0;
        for (size_t p = pos_; p < src_.size(); ++p) {
          if (src_[p] == ' ') ++col;
          else if (src_[p] == '\t') col = (col / 8 + 1) * 8;
          else break;
        }
        t.indent = col;
      }
      f.at_line_start = false;
    }
    int c = peekc();
    if (c == -1) {
      if (f.heredoc) {
        throw ParseAbort{f.resume_line,
                         "can't find string \"" + f.id + "\" anywhere before EOF", true};
      }
      if (regexp) fail("unterminated regexp meets end of file", true);
      if (words) fail("unterminated list meets end of file", true);
      fail("unterminated string meets end of file", true);
    }
    if (!f.heredoc && c == static_cast<unsigned char>(f.term) && f.nest == 0) {
      if (!out.empty()) return t;
      ++pos_;
      frames_.pop_back();
      Token e = make(Tok::kSTRING_END);
      if (regexp) {
        for (;;) {
          int o = peekc();
          uint32_t bit = 0;
          switch (o) {
            case 'i': bit = kReIgnoreCase; break;
            case 'x': bit = kReExtended; break;
            case 'm': bit = kReMultiline; break;
            case 'o': bit = kReOnce; break;
            case 'n': bit = kReNoEncoding; break;
            case 'e': bit = kReEucJp; break;
            case 's': bit = kReWindows31J; break;
            case 'u': bit = kReUtf8; break;
            default: break;
          }
          if (bit == 0) {
            if (is_ident_char(o)) fail(std::string("unknown regexp option - ") + static_cast<char>(o));
            break;
          }
          e.flags |= bit;
          ++pos_;
        }
      }
      if (f.label_ok && peekc() == ':' && peekc(1) != ':') {
        ++pos_;
        e.kind = Tok::kLABEL_END;
        state_ = kExprArg | kExprLabeled;
        return e;
      }
      state_ = kExprEnd;
      return e;
    }
    if (!f.heredoc && f.paren && c == static_cast<unsigned char>(f.paren)) {
      ++f.nest;
    } else if (!f.heredoc && f.paren && c == static_cast<unsigned char>(f.term)) {
      --f.nest;
    }
    if (words && is_space(c)) {
      if (!out.empty()) return t;
      while (is_space(peekc())) getc();
      Token sep = make(Tok::kWORD_SEP);
      return sep;
    }
    if (f.interp && c == '#') {
      int c1 = peekc(1);
      if (c1 == '{') {
        if (!out.empty() || t.line_start) return t;
        pos_ += 2;
        Frame e;
        e.mode = Mode::kEmbed;
        frames_.push_back(e);
        state_ = kExprBeg;
        command_start_ = true;
        return make(Tok::kSTRING_DBEG);
      }
      int c2 = peekc(2);
      bool dvar = false;
      if (c1 == '@') {
        int d = c2 == '@' ? peekc(3) : c2;
        dvar = is_ident_char(d) && !(d >= '0' && d <= '9');
      } else if (c1 == '$') {
        dvar = is_ident_char(c2) || (c2 != -1 && std::string_view("~*$?!@/\\;,.=:<>\"&`'+0").find(
                                                      static_cast<char>(c2)) != std::string_view::npos);
      }
      if (dvar) {
        if (!out.empty() || t.line_start) return t;
        ++pos_;
        Frame e;
        e.mode = Mode::kDvar;
        frames_.push_back(e);
        return make(Tok::kSTRING_DVAR);
      }
    }
    if (c == '\\') {
      int c1 = peekc(1);
      if (c1 == -1) { ++pos_; out += '\\'; continue; }
      if (!f.interp) {
        if (f.heredoc) { ++pos_; out += '\\'; continue; }
        if (c1 == '\\' || c1 == static_cast<unsigned char>(f.term) ||
            (f.paren && c1 == static_cast<unsigned char>(f.paren)) || (words && is_space(c1))) {
          ++pos_;
          out += static_cast<char>(getc());
          continue;
        }
        ++pos_;
        out += '\\';
        continue;
      }
      if (regexp) {
        if (c1 == static_cast<unsigned char>(f.term) && f.term == '/') {
          pos_ += 2;
          out += '/';
          continue;
        }
        if (c1 == '\n') { ++pos_; getc(); continue; }
        ++pos_;
        out += '\\';
        int d = getc();
        out += static_cast<char>(d);
        continue;
      }
      if (words && is_space(c1)) {
        ++pos_;
        out += static_cast<char>(getc());
        continue;
      }
      ++pos_;
      read_escape(out, false);
      if (c1 == '\n') {
        skip_heredoc_bodies();
        if (f.heredoc) f.at_line_start = true;
      }
      continue;
    }
    out += static_cast<char>(getc());
    if (c == '\n') {
      skip_heredoc_bodies();
      if (f.heredoc) {
        f.at_line_start = true;
        if (f.squiggly) return t;
      }
    }
  }
}

Token Lexer::lex_percent() {
  int c1 = peekc(1);
  char type = 'Q';
  int delim;
  if (c1 != -1 && ((c1 >= 'a' && c1 <= 'z') || (c1 >= 'A' && c1 <= 'Z') || (c1 >= '0' && c1 <= '9'))) {
    type = static_cast<char>(c1);
    delim = peekc(2);
    if (delim == -1) fail("unterminated quoted string meets end of file", true);
    if (is_ident_char(delim) || delim >= 0x80) fail("unknown type of %string");
    pos_ += 3;
  } else {
    delim = c1;
    if (delim == -1) fail("unterminated quoted string meets end of file", true);
    pos_ += 2;
  }
  if (delim == '\n') ++line_;
  char term = static_cast<char>(delim), paren = 0;
  switch (delim) {
    case '(': term = ')'; paren = '('; break;
    case '[': term = ']'; paren = '['; break;
    case '{': term = '}'; paren = '{'; break;
    case '<': term = '>'; paren = '<'; break;
    default: break;
  }
  switch (type) {
    case 'Q': return push_string(Tok::kSTRING_BEG, true, term, paren, false);
    case 'q': return push_string(Tok::kSTRING_BEG, false, term, paren, false);
    case 'W': return push_string(Tok::kWORDS_BEG, true, term, paren, false);
    case 'w': return push_string(Tok::kWORDS_BEG, false, term, paren, false);
    case 'I': return push_string(Tok::kSYMBOLS_BEG, true, term, paren, false);
    case 'i': return push_string(Tok::kSYMBOLS_BEG, false, term, paren, false);
    case 'x': return push_string(Tok::kXSTRING_BEG, true, term, paren, false);
    case 'r': return push_string(Tok::kREGEXP_BEG, true, term, paren, false);
    case 's':
      state_ = kExprFname;
      return push_string(Tok::kDSYM_BEG, false, term, paren, false);
    default: fail("unknown type of %string");
  }
}

Token Lexer::lex_heredoc_start() {
  Token t = make(Tok::kSTRING_BEG);
  pos_ += 2;   // <<
  Frame f;
  f.mode = Mode::kString;
  f.heredoc = true;
  f.interp = true;
  if (peekc() == '-') { f.dash = true; ++pos_; }
  else if (peekc() == '~') { f.squiggly = true; ++pos_; }
  int q = peekc();
  if (q == '"' || q == '\'' || q == '`') {
    ++pos_;
    size_t start = pos_;
    while (pos_ < src_.size() && src_[pos_] != static_cast<char>(q) && src_[pos_] != '\n') ++pos_;
    if (pos_ >= src_.size() || src_[pos_] != static_cast<char>(q))
      fail("unterminated here document identifier", pos_ >= src_.size());
    f.id.assign(src_.substr(start, pos_ - start));
    ++pos_;
    f.interp = q != '\'';
    if (q == '`') { t.kind = Tok::kXSTRING_BEG; f.begin = Tok::kXSTRING_BEG; }
  } else {
    size_t start = pos_;
    while (is_ident_char(peekc())) ++pos_;
    f.id.assign(src_.substr(start, pos_ - start));
  }
  t.flags = (f.interp ? 1 : 0) | (f.squiggly ? 2 : 0);
  f.resume_pos = pos_;
  f.resume_line = line_;
  size_t body;
  int body_line;
  if (heredoc_end_ > pos_) {
    body = heredoc_end_;
    body_line = heredoc_end_line_;
  } else {
    size_t nl = src_.find('\n', pos_);
    if (nl == std::string_view::npos)
      fail("can't find string \"" + f.id + "\" anywhere before EOF", true);
    body = nl + 1;
    body_line = line_ + 1;
  }
  pos_ = body;
  line_ = body_line;
  frames_.push_back(f);
  return t;
}

Token Lexer::lex_char_literal() {
  int c = peekc(1);
  if (c == -1) fail("incomplete character syntax", true);
  if (is_space(c)) return op(Tok::kQUESTION, 1, kExprBeg);
  int n = utf8_length(c);
  if (is_ident_char(c) && is_ident_char(peekc(static_cast<size_t>(n) + 1))) {
    return op(Tok::kQUESTION, 1, kExprBeg);
  }
  Token t = make(Tok::kCHAR);
  ++pos_;
  if (c == '\\') {
    ++pos_;
    read_escape(t.text, false);
  } else {
    for (int i = 0; i < n && pos_ < src_.size(); ++i) t.text += static_cast<char>(getc());
  }
  state_ = kExprEnd;
  return t;
}

}  // namespace maglev::vm::parse
