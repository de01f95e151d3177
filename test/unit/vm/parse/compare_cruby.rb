# Compares maglev's parser with CRuby 3.1's on real Ruby files: local-variable tables
# of every scope, method-call names, and string-literal bytes (each as a sorted
# multiset per file, so tree-walk order does not matter), plus syntax validity.
# A developer check, not a meson test (it needs many files and takes a minute):
#
#   ruby test/unit/vm/parse/compare_cruby.rb build-parse/test/unit/vm/parse/maglev-parse-dump \
#        $(find /usr/lib/ruby/3.1.0 -name '*.rb')
#
# Known, accepted differences: CRuby lists required keyword parameters before optional
# ones in a local table (we keep source order) and hides repeated `_` parameters; its
# AST turns string keys of hash literals into frozen literals (not STR nodes), so
# files with `{"k" => v}` report string differences that are not bugs.
require "open3"

DUMP = ARGV.shift or abort "usage: compare_cruby.rb MAGLEV_PARSE_DUMP FILE..."

def cruby_facets(path)
  ast = RubyVM::AbstractSyntaxTree.parse_file(path)
  scopes = []
  calls = []
  strings = []
  walk = lambda do |n|
    next unless n.is_a?(RubyVM::AbstractSyntaxTree::Node)
    case n.type
    when :SCOPE
      names = n.children[0].map(&:to_s).select { |x| x.match?(/\A[a-z_][A-Za-z0-9_]*\z/) }
      scopes << "[#{names.join(' ')}]" unless n.children[2].nil? && names.empty?
    when :CALL, :OPCALL, :QCALL then calls << n.children[1].to_s
    when :FCALL, :VCALL then calls << n.children[0].to_s
    when :STR then strings << n.children[0].unpack1("H*")
    when :DSTR, :DXSTR, :DSYM, :DREGX, :DREGX_ONCE
      strings << n.children[0].unpack1("H*") if n.children[0] && !n.children[0].empty?
    end
    n.children.each { |c| walk.(c) }
  end
  walk.(ast)
  { scopes: scopes.sort, calls: (calls - ["=~"]).sort, strings: strings.sort }
rescue SyntaxError
  nil
end

def maglev_facet(path, mode)
  out, _err, status = Open3.capture3(DUMP, mode, path)
  return nil unless status.success?
  out.split("\n")
end

totals = Hash.new(0)
ARGV.each do |path|
  ruby = cruby_facets(path)
  ours = maglev_facet(path, "--calls")
  totals[:files] += 1
  if ruby.nil? != ours.nil?
    totals[:validity] += 1
    puts "#{path}: syntax validity differs (ruby #{ruby ? 'ok' : 'error'})"
    next
  end
  next if ruby.nil?
  ours_calls = (ours - ["=~"]).sort
  own_file = path.unpack1("H*")
  ours_strings = maglev_facet(path, "--strings").reject { |s| s == own_file || s.empty? }.sort
  ruby_strings = ruby[:strings].reject(&:empty?)
  ours_scopes = maglev_facet(path, "--scopes").reject { |s| s == "[]" }.sort
  ruby_scopes = ruby[:scopes].reject { |s| s == "[]" }
  { calls: [ruby[:calls], ours_calls], strings: [ruby_strings, ours_strings],
    scopes: [ruby_scopes, ours_scopes] }.each do |facet, (want, got)|
    next if want == got
    totals[facet] += 1
    puts "#{path}: #{facet} differ: only ruby #{(want - got).first(3).inspect}, " \
         "only maglev #{(got - want).first(3).inspect}"
  end
end
puts "files #{totals[:files]}: validity #{totals[:validity]}, scopes #{totals[:scopes]}, " \
     "calls #{totals[:calls]}, strings #{totals[:strings]} differ"
