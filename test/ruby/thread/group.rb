# ThreadGroup: Default holds the main thread; new threads join their creator's group;
# add, list, enclose.
p ThreadGroup::Default.class, ThreadGroup.new.list, Thread.current.group == ThreadGroup::Default
g = ThreadGroup.new
t = Thread.new { sleep }
Thread.pass
p t.group == ThreadGroup::Default
p g.add(t).equal?(g)
p t.group == g, g.list == [t], ThreadGroup::Default.list.include?(t)
inner = Thread.new { Thread.new { sleep }.tap { Thread.pass } }
p inner.value.group == ThreadGroup::Default
inner.value.kill
p g.enclosed?, g.enclose.equal?(g), g.enclosed?
begin
  ThreadGroup::Default.add(t)
rescue ThreadError => e
  p e.message
end
begin
  g.add(Thread.current)
rescue ThreadError => e
  p e.message
end
begin
  g.add(1)
rescue TypeError => e
  p e.message
end
t.kill
t.join
p g.list, t.group == g
