// Oniguruma, loaded on first use: the binaries link no libonig, so a program that makes
// no Regexp never maps it (start-up, issue 3: the dynamic loader's cost per library).
// regexp.cc and the collector call Oniguruma only through onig(); nothing else may.
#pragma once

#include <oniguruma.h>

namespace maglev::vm {

// The entry points and data maglev uses, resolved with dlsym from the library whose
// soname the build found (MAGLEV_ONIG_SONAME in maglev_config.h).
struct OnigApi {
  decltype(&::onig_new) new_regex;
  decltype(&::onig_free) free;
  decltype(&::onig_error_code_to_str) error_code_to_str;
  decltype(&::onig_region_new) region_new;
  decltype(&::onig_region_free) region_free;
  decltype(&::onig_search) search;
  decltype(&::onig_name_to_group_numbers) name_to_group_numbers;
  decltype(&::onig_foreach_name) foreach_name;
  OnigEncoding utf8;            // ONIG_ENCODING_UTF8
  OnigEncoding ascii;           // ONIG_ENCODING_ASCII: one byte per character
  OnigSyntaxType* syntax_ruby;  // ONIG_SYNTAX_RUBY
};

// Loads and initializes Oniguruma (UTF-8 and bytes) on the first call; aborts with a message when
// the library or a symbol is missing (an installation without libonig).
const OnigApi& onig();

}  // namespace maglev::vm
