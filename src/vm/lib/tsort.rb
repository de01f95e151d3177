# tsort: topological sorting and strongly connected components (Tarjan's algorithm)
# over any object that defines tsort_each_node and tsort_each_child.
module TSort
  VERSION = "0.1.0"

  class Cyclic < StandardError
  end

  def tsort
    each = method(:tsort_each_node)
    TSort.tsort(each, method(:tsort_each_child))
  end

  def tsort_each(&block)
    TSort.tsort_each(method(:tsort_each_node), method(:tsort_each_child), &block)
  end

  def strongly_connected_components
    TSort.strongly_connected_components(method(:tsort_each_node), method(:tsort_each_child))
  end

  def each_strongly_connected_component(&block)
    TSort.each_strongly_connected_component(method(:tsort_each_node), method(:tsort_each_child), &block)
  end

  def each_strongly_connected_component_from(node, id_map = {}, stack = [], &block)
    TSort.each_strongly_connected_component_from(node, method(:tsort_each_child), id_map, stack, &block)
  end

  def tsort_each_node
    raise NotImplementedError
  end

  def tsort_each_child(node)
    raise NotImplementedError
  end

  class << self
    def tsort(each_node, each_child)
      tsort_each(each_node, each_child).to_a
    end

    def tsort_each(each_node, each_child)
      return to_enum(:tsort_each, each_node, each_child) unless block_given?
      each_strongly_connected_component(each_node, each_child) do |component|
        if component.size == 1
          yield component.first
        else
          raise Cyclic, "topological sort failed: #{component.inspect}"
        end
      end
    end

    def strongly_connected_components(each_node, each_child)
      each_strongly_connected_component(each_node, each_child).to_a
    end

    def each_strongly_connected_component(each_node, each_child, &block)
      return to_enum(:each_strongly_connected_component, each_node, each_child) unless block
      id_map = {}
      stack = []
      each_node.call do |node|
        unless id_map.include?(node)
          each_strongly_connected_component_from(node, each_child, id_map, stack, &block)
        end
      end
      nil
    end

    # Tarjan's algorithm from `node`, without recursion (deep graphs do not overflow
    # the stack). id_map: node => its visit number, or nil once it is in a component.
    def each_strongly_connected_component_from(node, each_child, id_map = {}, stack = [])
      unless block_given?
        return to_enum(:each_strongly_connected_component_from, node, each_child, id_map, stack)
      end
      minimum_id = {}
      enter = lambda do |n|
        id = id_map.size
        id_map[n] = id
        minimum_id[n] = id
        stack << n
        children = []
        each_child.call(n) { |c| children << c }
        [n, children, 0]
      end
      frames = [enter.call(node)]
      until frames.empty?
        frame = frames.last
        n, children, i = frame
        if i < children.size
          frame[2] = i + 1
          child = children[i]
          if !id_map.include?(child)
            frames << enter.call(child)
          elsif (cid = id_map[child])
            minimum_id[n] = cid if cid < minimum_id[n]
          end
          next
        end
        frames.pop
        if minimum_id[n] == id_map[n]
          index = stack.rindex { |x| x.equal?(n) } || stack.index(n)
          component = stack.slice!(index..-1)
          component.each { |x| id_map[x] = nil }
          yield component
        end
        unless frames.empty?
          parent = frames.last[0]
          minimum_id[parent] = minimum_id[n] if minimum_id[n] < minimum_id[parent]
        end
      end
      nil
    end
  end
end
