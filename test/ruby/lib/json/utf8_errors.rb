# JSON.generate of invalid UTF-8: json's two messages, with and without ascii_only.
require "json"
["\xff", "a\xffb", "\x80", "a\x80", "\xc3", "\xc3(", "\xe2\x82", "\xe2\x82(", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\x80", "\xf8\x88\x80\x80\x80x", "\xfe", "\xff".b, "ok\u00e9"].each { |s| [false, true].each { |a| begin; print JSON.generate([s], ascii_only: a); rescue => e; print e.message; end; print " | " }; puts }
