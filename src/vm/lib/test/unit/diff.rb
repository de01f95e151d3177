# test/unit/diff: the readable diff test-unit shows under a failed assert_equal: lines
# matched by longest common blocks (difflib's SequenceMatcher), changed lines paired
# by similarity and marked under with ^ - + ("? " lines).
module Test
  module Unit
    module Diff
      # Matching blocks and edit operations between two sequences (arrays of lines, or
      # strings compared by character); elements the junk block accepts never anchor.
      class SequenceMatcher
        def initialize(from, to, &junk)
          @from = from
          @to = to
          @positions = Hash.new { |h, k| h[k] = [] }
          @junk = {}
          items(to).each_with_index { |item, i| @positions[item] << i }
          return unless junk
          @positions.keys.each do |item|
            next unless junk.call(item)
            @junk[item] = true
            @positions.delete(item)
          end
        end

        # [from_index, to_index, size] of the longest run in from[fs..fe] and to[ts..te]
        # (inclusive ends), the earliest in from when several are as long.
        def longest_match(fs, fe, ts, te)
          best_from, best_to, best_size = fs, ts, 0
          run = {}
          fs.upto(fe) do |i|
            next_run = {}
            (@positions.key?(at(@from, i)) ? @positions[at(@from, i)] : []).each do |j|
              next if j < ts
              break if j > te
              size = next_run[j] = (run[j - 1] || 0) + 1
              next unless size > best_size
              best_from, best_to, best_size = i - size + 1, j - size + 1, size
            end
            run = next_run
          end
          unless @junk.empty?
            best_from, best_to, best_size = extend_match(false, best_from, best_to, best_size, fs, fe, ts, te)
            best_from, best_to, best_size = extend_match(true, best_from, best_to, best_size, fs, fe, ts, te)
          end
          [best_from, best_to, best_size]
        end

        def blocks
          @blocks ||= merged_blocks
        end

        # [tag, from_start, from_end, to_start, to_end], tag :equal :replace :delete :insert.
        def operations
          @operations ||= begin
            ops = []
            i = j = 0
            blocks.each do |bi, bj, size|
              tag = if i < bi && j < bj then :replace
                    elsif i < bi then :delete
                    elsif j < bj then :insert
                    end
              ops << [tag, i, bi, j, bj] if tag
              i, j = bi + size, bj + size
              ops << [:equal, bi, i, bj, j] if size.positive?
            end
            ops
          end
        end

        def ratio
          @ratio ||= begin
            total = @from.size + @to.size
            total.zero? ? 1.0 : 2.0 * blocks.sum { |b| b[2] } / total
          end
        end

        private

        def items(seq)
          seq.is_a?(String) ? seq.each_char.to_a : seq
        end

        def at(seq, i)
          seq[i]
        end

        # Grows a match over neighbours that are junk (or, first, that are not).
        def extend_match(junk_side, bf, bt, bs, fs, fe, ts, te)
          while bf > fs && bt > ts && @junk.key?(at(@to, bt - 1)) == junk_side && at(@from, bf - 1) == at(@to, bt - 1)
            bf -= 1
            bt -= 1
            bs += 1
          end
          while bf + bs < fe && bt + bs < te && @junk.key?(at(@to, bt + bs)) == junk_side &&
                at(@from, bf + bs) == at(@to, bt + bs)
            bs += 1
          end
          [bf, bt, bs]
        end

        def matches
          found = []
          queue = [[0, @from.size, 0, @to.size]]
          until queue.empty?
            fs, fe, ts, te = queue.pop
            mf, mt, size = longest_match(fs, fe - 1, ts, te - 1)
            next if size.zero?
            queue.push([fs, mf, ts, mt]) if fs < mf && ts < mt
            found << [mf, mt, size]
            queue.push([mf + size, fe, mt + size, te]) if mf + size < fe && mt + size < te
          end
          found.sort_by(&:first)
        end

        def merged_blocks
          out = []
          cf = ct = cs = 0
          matches.each do |f, t, size|
            if cf + cs == f && ct + cs == t
              cs += size
            else
              out << [cf, ct, cs] unless cs.zero?
              cf, ct, cs = f, t, size
            end
          end
          out << [cf, ct, cs] unless cs.zero?
          out << [@from.size, @to.size, 0]
        end
      end

      # ndiff-style lines: "- " from, "+ " to, "  " both, "? " markers under a changed line.
      class ReadableDiffer
        def initialize(from, to)
          @from = from
          @to = to
        end

        def diff(_options = {})
          @result = []
          operations.each do |tag, fs, fe, ts, te|
            case tag
            when :replace then diff_lines(fs, fe, ts, te)
            when :delete then tag_deleted(@from[fs...fe])
            when :insert then tag_inserted(@to[ts...te])
            when :equal then tag_equal(@from[fs...fe])
            end
          end
          @result
        end

        private

        def operations
          @operations ||= SequenceMatcher.new(@from, @to).operations
        end

        def default_ratio = 0.74
        def cut_off_ratio = 0.75

        def tag(mark, contents)
          contents.each { |c| @result << mark + c }
        end

        def tag_deleted(contents) = tag("- ", contents)
        def tag_inserted(contents) = tag("+ ", contents)
        def tag_equal(contents) = tag("  ", contents)
        def tag_difference(contents) = tag("? ", contents)

        def space_character?(c)
          c == " " || c == "\t"
        end

        def line_operations(from_line, to_line)
          SequenceMatcher.new(from_line, to_line) { |c| space_character?(c) }.operations
        end

        # Pairs the most similar lines of a replaced block (recursively around them).
        def diff_lines(fs, fe, ts, te)
          best_ratio = default_ratio
          equal_from = equal_to = best_from = best_to = nil
          ts.upto(te - 1) do |j|
            fs.upto(fe - 1) do |i|
              if @from[i] == @to[j]
                equal_from ||= i
                equal_to ||= j
                next
              end
              r = SequenceMatcher.new(@from[i], @to[j]) { |c| space_character?(c) }.ratio
              next unless r > best_ratio
              best_ratio, best_from, best_to = r, i, j
            end
          end
          best_from ||= fs
          best_to ||= ts
          if best_ratio < cut_off_ratio
            if equal_from.nil?
              if te - ts < fe - fs
                tag_inserted(@to[ts...te])
                tag_deleted(@from[fs...fe])
              else
                tag_deleted(@from[fs...fe])
                tag_inserted(@to[ts...te])
              end
              return
            end
            best_from, best_to = equal_from, equal_to
          end
          around(fs, best_from, ts, best_to)
          diff_line(@from[best_from], @to[best_to])
          around(best_from + 1, fe, best_to + 1, te)
        end

        def around(fs, fe, ts, te)
          if fs < fe
            ts < te ? diff_lines(fs, fe, ts, te) : tag_deleted(@from[fs...fe])
          else
            tag_inserted(@to[ts...te])
          end
        end

        def diff_line(from_line, to_line)
          from_tags = +""
          to_tags = +""
          line_operations(from_line, to_line).each do |tag, fs, fe, ts, te|
            case tag
            when :replace
              from_tags << "^" * (fe - fs)
              to_tags << "^" * (te - ts)
            when :delete then from_tags << "-" * (fe - fs)
            when :insert then to_tags << "+" * (te - ts)
            when :equal
              from_tags << " " * (fe - fs)
              to_tags << " " * (te - ts)
            end
          end
          common = [leading(from_line, "\t"), leading(to_line, "\t"), leading(from_tags, " ")].min
          from_tags = from_tags[common..].rstrip
          to_tags = to_tags[common..].rstrip
          tag_deleted([from_line])
          tag_difference(["\t" * common + from_tags]) unless from_tags.empty?
          tag_inserted([to_line])
          tag_difference(["\t" * common + to_tags]) unless to_tags.empty?
        end

        def leading(s, c)
          n = 0
          n += 1 while s[n] == c
          n
        end
      end

      module_function

      def need_fold?(diff)
        /^[-+].{79}/.match?(diff)
      end

      def fold(string)
        string.split(/\r?\n/).map { |line| line.gsub(/(.{78})/, "\\1\n") }.join("\n")
      end

      def folded_readable(from, to, options = {})
        readable(fold(from), fold(to), options)
      end

      def readable(from, to, options = {})
        from = from.dup.force_encoding("ASCII-8BIT") unless from.valid_encoding?
        to = to.dup.force_encoding("ASCII-8BIT") unless to.valid_encoding?
        ReadableDiffer.new(from.split(/\r?\n/), to.split(/\r?\n/)).diff(options).join("\n")
      end
    end
  end
end
