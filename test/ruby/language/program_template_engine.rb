# A tiny template engine: {{var}}, {{var | filter}}, {% if %}, {% for %} with nesting,
# compiled to a tree and rendered against a context hash.
class Template
  class SyntaxError < StandardError; end
  FILTERS = {
    "upcase" => :upcase.to_proc, "downcase" => :downcase.to_proc,
    "size" => ->(v) { v.size }, "money" => ->(v) { format("$%.2f", v) },
    "join" => ->(v) { v.join(", ") }, "reverse" => :reverse.to_proc,
  }.freeze

  def initialize(src)
    @tokens = src.split(/(\{\{.*?\}\}|\{%.*?%\})/m).reject(&:empty?)
    @pos = 0
    @tree = parse_block([])
  end

  def render(ctx) = render_nodes(@tree, ctx)

  private

  def parse_block(terminators)
    nodes = []
    while @pos < @tokens.size
      t = @tokens[@pos]
      @pos += 1
      case t
      when /\A\{\{\s*(.+?)\s*\}\}\z/m
        expr, *filters = $1.split("|").map(&:strip)
        nodes << [:var, expr, filters]
      when /\A\{%\s*if\s+(not\s+)?(\S+)\s*%\}\z/
        negate, cond = !$1.nil?, $2
        body = parse_block(%w[else endif])
        else_body = @tokens[@pos - 1] =~ /else/ ? parse_block(%w[endif]) : []
        nodes << [:if, cond, negate, body, else_body]
      when /\A\{%\s*for\s+(\w+)\s+in\s+(\S+)\s*%\}\z/
        nodes << [:for, $1, $2, parse_block(%w[endfor])]
      when /\A\{%\s*(\w+)\s*%\}\z/
        return nodes if terminators.include?($1)
        raise SyntaxError, "unexpected {% #{$1} %}"
      when /\A\{[{%]/
        raise SyntaxError, "bad tag #{t.inspect}"
      else
        nodes << [:text, t]
      end
    end
    raise SyntaxError, "missing {% #{terminators.last} %}" unless terminators.empty?
    nodes
  end

  def lookup(ctx, path)
    path.split(".").inject(ctx) do |obj, key|
      case obj
      when Hash then obj.fetch(key) { obj.fetch(key.to_sym, nil) }
      when nil then nil
      else obj.respond_to?(key) ? obj.public_send(key) : nil
      end
    end
  end

  def render_nodes(nodes, ctx)
    nodes.map do |node|
      case node
      in [:text, s] then s
      in [:var, expr, filters]
        filters.inject(lookup(ctx, expr)) do |v, f|
          FILTERS.fetch(f) { raise SyntaxError, "unknown filter #{f}" }.call(v)
        end.to_s
      in [:if, cond, negate, body, else_body]
        truthy = lookup(ctx, cond)
        truthy = false if truthy.respond_to?(:empty?) && truthy.empty?
        render_nodes((truthy ? !negate : negate) ? body : else_body, ctx)
      in [:for, var, list, body]
        Array(lookup(ctx, list)).each_with_index.map do |item, i|
          render_nodes(body, ctx.merge(var => item, "loop" => { "index" => i + 1 }))
        end.join
      end
    end.join
  end
end

Order = Struct.new(:id, :items, :total)
tpl = Template.new(<<~'T')
  Hello {{ user.name | upcase }}!
  {% if orders %}You have {{ orders | size }} orders:
  {% for o in orders %}  {{ loop.index }}. #{{ o.id }} ({{ o.items | join }}) {{ o.total | money }}
  {% endfor %}{% else %}No orders yet.
  {% endif %}{% if not user.admin %}(regular user){% endif %}
T
ctx = { "user" => { "name" => "ann", admin: false },
        "orders" => [Order.new(7, %w[tea cake], 9.5), Order.new(8, %w[jam], 3)] }
puts tpl.render(ctx)
puts tpl.render({ "user" => { "name" => "bob", "admin" => true }, "orders" => [] })
puts Template.new("{{ word | reverse | upcase }}").render({ "word" => "stressed" })
["{% if x %}unclosed", "{{ x | nope }}", "{% endfor %}", "{% bogus tag %}"].each do |src|
  Template.new(src).render({ "x" => 1 })
rescue Template::SyntaxError => e
  puts "#{e.class}: #{e.message}"
end
